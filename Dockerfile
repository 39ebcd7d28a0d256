# Nghe Dân — multi-stage build: Maven builds the jar (Java 17, the oldest Java the app supports);
# a slim Java 25 runtime runs it as a non-root user, with an AOT cache made at build time.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
COPY config config
RUN mvn -B -q package -DskipTests && cp target/nghe-dan-*.jar /src/app.jar

FROM eclipse-temurin:25-jre
RUN useradd --system --uid 10001 --home /app nghedan && mkdir -p /app/data /app/config \
    && chown -R nghedan /app
WORKDIR /app
COPY --from=build /src/app.jar /tmp/app.jar
COPY config/application.yml /app/config/application.yml
COPY config/jvm.options /app/jvm.options
# The jar extracted (classes load from plain jars), then one training start in sandbox mode —
# until the app is healthy, then a normal shutdown — writes the AOT cache (JEP 483/514/515):
# classes loaded and linked ahead of time, about half the start time. The training database is
# thrown away; nothing of it stays in the image.
RUN java -Djarmode=tools -jar /tmp/app.jar extract --destination /app/lib-app && rm /tmp/app.jar \
    && mv /app/lib-app/nghe-dan-*.jar /app/lib-app/app.jar \
    && (SPRING_DATASOURCE_URL=jdbc:sqlite:/tmp/training.db ADMIN_PASSWORD=training-only-password \
        java @/app/jvm.options -XX:AOTCacheOutput=/app/app.aot -jar /app/lib-app/app.jar & pid=$!; \
        for i in $(seq 1 120); do \
          if wget -qO- http://127.0.0.1:8080/actuator/health >/dev/null 2>&1 \
             || curl -fsS http://127.0.0.1:8080/actuator/health >/dev/null 2>&1; then break; fi; sleep 1; \
        done; kill $pid; wait $pid; true) \
    && test -s /app/app.aot && rm -f /tmp/training.db* && rm -rf /app/data/* \
    && chown -R nghedan /app
USER nghedan
# The SQLite file, attachments and exports live here: mount a volume to keep them.
VOLUME ["/app/data"]
EXPOSE 8080
# No secrets in the image: TELEGRAM_BOT_TOKEN, ADMIN_PASSWORD and the rest come from the environment.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD wget -qO- http://127.0.0.1:8080/actuator/health >/dev/null 2>&1 || curl -fsS http://127.0.0.1:8080/actuator/health >/dev/null || exit 1
ENTRYPOINT ["java", "@/app/jvm.options", "-XX:AOTCache=/app/app.aot", "-jar", "/app/lib-app/app.jar"]
