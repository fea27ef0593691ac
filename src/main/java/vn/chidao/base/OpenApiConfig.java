package vn.chidao.base;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The REST API's OpenAPI document ({@code /v3/api-docs}, Swagger UI at {@code /swagger-ui.html}): springdoc
 * reads the controllers; this adds what they do not say: the two ways to sign in (HTTP Basic, a personal access
 * token as Bearer) and the {@code application/problem+json} errors of {@link ApiErrors} on every operation.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    static final String PROBLEM = "Problem";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Bean
    OpenAPI chidaoOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Chidao API").version("1")
                        .description("Directive tracking for steering committees. Errors are application/problem+json; "
                                + "see docs/api.md."))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("basic")
                                .description("Username and password (a bcrypt check per call: for people and scripts)"))
                        .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("chd_…")
                                .description("A personal access token from POST /api/me/tokens (for integrations)")))
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }

    /**
     * On every operation: 401 and 403; 400 when it takes parameters or a body; 404 when its path names something;
     * 409 when it changes state; an export's workbook. An answer the controller documents itself is kept.
     */
    @Bean
    OpenApiCustomizer problemResponses() {
        return openApi -> {
            if (openApi.getPaths() == null) {
                return;
            }
            // Here, not in the bean: springdoc drops the schemas no operation refers to before customizers run.
            openApi.getComponents().addSchemas(PROBLEM, problemSchema());
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap()
                    .forEach((method, operation) -> complete(path, method, operation)));
        };
    }

    private static void complete(String path, PathItem.HttpMethod method, Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        ApiResponses responses = operation.getResponses();
        if (path.endsWith(".xlsx") && responses.get("200") != null) {
            // The controller writes the file to the response itself, so springdoc sees no body.
            responses.get("200").description("The workbook").content(new Content().addMediaType(XLSX,
                    new MediaType().schema(new StringSchema().format("binary"))));
        }
        if (takesInput(operation)) {
            add(responses, "400", "Invalid input: `errors` names each field and the rule it breaks");
        }
        add(responses, "401", "No credentials, or wrong ones");
        add(responses, "403", "The caller's role, unit or government may not do this");
        if (path.contains("{")) {
            add(responses, "404", "Nothing with this id or code where the caller may see it");
        }
        if (method != PathItem.HttpMethod.GET) {
            add(responses, "409", "The current state does not allow it, or someone else changed it first");
        }
    }

    private static boolean takesInput(Operation operation) {
        return operation.getRequestBody() != null
                || (operation.getParameters() != null && !operation.getParameters().isEmpty());
    }

    private static void add(ApiResponses responses, String status, String description) {
        if (!responses.containsKey(status)) {
            responses.addApiResponse(status, new ApiResponse().description(description).content(new Content()
                    .addMediaType(PROBLEM_JSON, new MediaType().schema(
                            new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
        }
    }

    /** RFC 9457 problem details as {@link ApiErrors} writes them. */
    private static Schema<?> problemSchema() {
        Schema<?> fieldMessage = new ObjectSchema()
                .addProperty("field", new StringSchema().description("The input field, e.g. directives[0].leadUnit"))
                .addProperty("message", new StringSchema().description("The rule it breaks, in the caller's language"));
        return new ObjectSchema()
                .description("An error (application/problem+json), its detail in the caller's language")
                .addProperty("type", new StringSchema().example("about:blank"))
                .addProperty("title", new StringSchema().example("Bad Request"))
                .addProperty("status", new IntegerSchema().example(400))
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema().example("/api/conclusions"))
                .addProperty("errors", new ArraySchema().items(fieldMessage)
                        .description("Invalid input only: each field and its broken rule"));
    }
}
