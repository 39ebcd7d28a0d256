package vn.nghedan.officials.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import vn.nghedan.officials.accounts.Role;
import vn.nghedan.officials.security.ApiAccessRules;

/**
 * The REST API describes itself at {@code /v3/api-docs} (signed-in officials only, see the
 * security chain): springdoc reads the controllers; this adds what they cannot say — HTTP Basic,
 * the error body, the roles each call needs (quoted from {@link ApiAccessRules}) and the scope
 * rule.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String ERROR_SCHEMA = "ApiError";

    private static final String DESCRIPTION = """
            The REST API of Nghe Dân, for the ward's officials and their scripts.

            **Signing in.** HTTP Basic with a console account on every call. Without credentials: \
            401 (no `WWW-Authenticate` challenge is sent, so browsers do not cache credentials). After \
            10 failed sign-ins for one username from one address within 15 minutes, that address gets \
            429 for that username for 15 minutes, even with the right password (`Retry-After` says how \
            long).

            **Writes** (POST, PUT, PATCH, DELETE) take `Content-Type: application/json` only, even \
            without a body; anything else is 415.

            **Errors** are JSON `{error, message, field?}`: `error` a stable code (`bad_request`, \
            `unauthorized`, `forbidden`, `not_found`, `conflict`, `unsupported_media_type`, \
            `too_many_requests` …), `message` for people (Vietnamese, or English with \
            `Accept-Language: en`), `field` the input at fault when there is one. Never a stack trace.

            **Roles.** Each call lists the roles that may make it (`x-roles`; none listed: any \
            signed-in official). WARD_ADMIN runs the ward; NEIGHBOURHOOD_HEAD moderates their own \
            khóm; VIEWER reads and changes nothing.

            **Scope rule.** A neighbourhood head's reads return only their khóm: a submission of \
            another khóm is 404; the agenda or results of a session covering none of their khóm is \
            404 in every format, of a session covering theirs and others only their khóm's items. A \
            viewer sees no author names (anonymous authors are never named to anyone). A ward admin \
            sees the whole ward.""";

    /** The refusals every call may meet, besides what it documents itself. */
    private static final Map<String, String> COMMON_ERRORS = new LinkedHashMap<>();

    static {
        COMMON_ERRORS.put("400", "Bad input; `field` names it");
        COMMON_ERRORS.put("401", "No or wrong credentials");
        COMMON_ERRORS.put("403", "The account's role may not make this call");
        COMMON_ERRORS.put("404", "Unknown, or outside the caller's khóm (scope rule)");
        COMMON_ERRORS.put("429", "Too many failed sign-ins for this username from this address");
    }

    private static final Set<PathItem.HttpMethod> WRITES = Set.of(
            PathItem.HttpMethod.POST, PathItem.HttpMethod.PUT, PathItem.HttpMethod.PATCH, PathItem.HttpMethod.DELETE);

    @Bean
    OpenApiCustomizer nghedanApiDescription() {
        return openApi -> {
            openApi.info(new Info().title("Nghe Dân REST API").version("1").description(DESCRIPTION));
            Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
            components.addSecuritySchemes(
                    "basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"));
            components.addSchemas(ERROR_SCHEMA, errorSchema());
            openApi.components(components);
            openApi.security(List.of(new SecurityRequirement().addList("basic")));
            if (openApi.getPaths() != null) {
                openApi.getPaths()
                        .forEach((path, item) -> item.readOperationsMap()
                                .forEach((method, operation) -> describe(path, method, operation)));
            }
        };
    }

    private static void describe(String path, PathItem.HttpMethod method, Operation operation) {
        Set<Role> roles = ApiAccessRules.rolesFor(HttpMethod.valueOf(method.name()), path);
        String who = "Who may call: " + ApiAccessRules.describe(roles) + ".";
        operation.setDescription(operation.getDescription() == null ? who : operation.getDescription() + "\n\n" + who);
        operation.addExtension(
                "x-roles", roles.stream().map(Role::name).sorted().toList());
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        COMMON_ERRORS.forEach((status, text) -> addError(responses, status, text));
        if (WRITES.contains(method)) {
            addError(responses, "409", "The current state does not allow this step (or the name is taken)");
            addError(responses, "415", "The body is not sent as application/json");
        }
        operation.setResponses(responses);
    }

    private static void addError(ApiResponses responses, String status, String text) {
        if (responses.containsKey(status)) {
            return;
        }
        Schema<?> ref = new Schema<>().$ref("#/components/schemas/" + ERROR_SCHEMA);
        responses.addApiResponse(
                status,
                new ApiResponse()
                        .description(text)
                        .content(new Content()
                                .addMediaType(
                                        org.springframework.http.MediaType.APPLICATION_JSON_VALUE,
                                        new MediaType().schema(ref))));
    }

    private static Schema<?> errorSchema() {
        return new ObjectSchema()
                .description("Every API error: a stable code, a message for people, the field at fault")
                .addProperty("error", new StringSchema().example("bad_request"))
                .addProperty("message", new StringSchema().example("Không có khóm/ấp mã 'K9'."))
                .addProperty(
                        "field", new StringSchema().example("neighbourhoods").nullable(true))
                .required(List.of("error", "message"));
    }
}
