# Nghe Dân — multi-stage build: Maven builds the jar, a slim JRE runs it as a non-root user.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
COPY config config
RUN mvn -B -q package -DskipTests && cp target/nghe-dan-*.jar /src/app.jar

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 --home /app nghedan && mkdir -p /app/data /app/config \
    && chown -R nghedan /app
WORKDIR /app
COPY --from=build /src/app.jar /app/app.jar
COPY config/application.yml /app/config/application.yml
USER nghedan
# The SQLite file, attachments and exports live here: mount a volume to keep them.
VOLUME ["/app/data"]
EXPOSE 8080
ENV JAVA_TOOL_OPTIONS="-Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1"
# No secrets in the image: TELEGRAM_BOT_TOKEN, ADMIN_PASSWORD and the rest come from the environment.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD wget -qO- http://127.0.0.1:8080/actuator/health >/dev/null 2>&1 || curl -fsS http://127.0.0.1:8080/actuator/health >/dev/null || exit 1
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
