package vn.nghedan.officials.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import vn.nghedan.officials.ApiTestSupport;
import vn.nghedan.officials.accounts.Role;

/** The API's OpenAPI description: for signed-in officials, complete, with roles and the error body. */
class OpenApiDocumentTest extends ApiTestSupport {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void onlySignedInOfficialsGetIt() {
        Reply anonymous = get("/v3/api-docs", null);

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.json().get("error").asString()).isEqualTo("unauthorized");
        assertThat(get("/v3/api-docs", official(Role.VIEWER)).status()).isEqualTo(200);
        assertThat(get("/swagger-ui/index.html", ADMIN).status())
                .as("no UI is shipped")
                .isNotEqualTo(200);
    }

    /** A new {@code /api} endpoint that springdoc does not describe fails here. */
    @Test
    void everyApiMappingIsInTheDocumentWithItsMethod() {
        JsonNode paths = document().get("paths");
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/") && !pattern.equals("/api")) {
                    continue;
                }
                String path = pattern.replaceAll("\\{([^}:]+):[^}]*}", "{$1}");
                JsonNode item = paths.get(path);
                if (item == null) {
                    missing.add(path);
                    continue;
                }
                for (RequestMethod method : methods) {
                    checked++;
                    if (!item.has(method.name().toLowerCase(Locale.ROOT))) {
                        missing.add(method + " " + path);
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
        assertThat(checked).isGreaterThanOrEqualTo(20);
        assertThat(paths.has("/api/accounts/me/password")).isTrue();
    }

    @Test
    void eachCallSaysWhoMayMakeItAndHowItFails() {
        JsonNode document = document();
        JsonNode paths = document.get("paths");

        JsonNode open = paths.get("/api/accounts").get("post");
        assertThat(open.get("x-roles").toString()).isEqualTo("[\"WARD_ADMIN\"]");
        assertThat(open.get("description").asString()).contains("Who may call: WARD_ADMIN");
        assertThat(paths.get("/api/accounts/me/password")
                        .get("post")
                        .get("x-roles")
                        .size())
                .isZero();
        assertThat(paths.get("/api/submissions/{number}/status")
                        .get("post")
                        .get("x-roles")
                        .toString())
                .isEqualTo("[\"NEIGHBOURHOOD_HEAD\",\"WARD_ADMIN\"]");
        assertThat(paths.get("/api/submissions").get("get").get("description").asString())
                .contains("any signed-in official");
        assertThat(open.get("responses").has("201")).isTrue();
        JsonNode changed = paths.get("/api/accounts/me/password").get("post").get("responses");
        assertThat(changed.has("204")).as(changed.toString()).isTrue();
        JsonNode refused = open.get("responses").get("415");
        assertThat(refused.toString()).contains("#/components/schemas/ApiError");
        assertThat(open.get("responses").has("409")).isTrue();
        assertThat(open.get("responses").has("429")).isTrue();

        JsonNode error = document.get("components").get("schemas").get("ApiError");
        assertThat(error.get("properties").has("error")).isTrue();
        assertThat(error.get("properties").has("message")).isTrue();
        assertThat(error.get("properties").has("field")).isTrue();
        assertThat(document.get("components")
                        .get("securitySchemes")
                        .get("basic")
                        .get("scheme")
                        .asString())
                .isEqualTo("basic");
        String description = document.get("info").get("description").asString();
        assertThat(description).contains("Scope rule", "404", "viewer sees no author names", "application/json");
        assertThat(paths.properties().stream().map(java.util.Map.Entry::getKey))
                .allMatch(path -> path.startsWith("/api/"));
    }

    private JsonNode document() {
        Reply reply = get("/v3/api-docs", ADMIN);
        assertThat(reply.status()).isEqualTo(200);
        return reply.json();
    }
}
