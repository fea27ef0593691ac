package vn.chidao.api;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chidao.support.Problems.problem;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.chidao.support.ApiClient;
import vn.chidao.support.ChidaoTest;
import vn.chidao.support.Fixtures;
import vn.chidao.support.World;

/**
 * The OpenAPI document ({@code /v3/api-docs}) names every endpoint of {@code /api/**} that Spring MVC serves, with
 * its problem+json errors and both ways to sign in, and nothing else; it and Swagger UI are for signed-in users.
 */
@ChidaoTest
class OpenApiDocumentApiTest {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    ApiClient api;
    World world;

    @BeforeEach
    void newWorld() {
        api = ApiClient.on(port);
        world = fixtures.newWorld();
    }

    @Test
    void everyApiEndpointIsInTheDocument() {
        JsonNode document = api.as(world.focalPoint(World.SO_A).username()).get("/v3/api-docs").expect(200);

        Set<String> documented = new TreeSet<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames()
                .forEachRemaining(method -> documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
        Set<String> served = served();

        assertThat(served).as("endpoints under /api").hasSizeGreaterThan(50);
        assertThat(documented).as("the document's operations").containsAll(served);
        assertThat(documented).allMatch(operation -> operation.contains(" /api/"), "only /api/**");
    }

    @Test
    void operationsCarryTheirSchemasErrorsAndSecurity() {
        JsonNode document = api.as(world.secretariat().username()).get("/v3/api-docs").expect(200);

        JsonNode schemes = document.path("components").path("securitySchemes");
        assertThat(schemes.path("basic").path("scheme").asText()).isEqualTo("basic");
        assertThat(schemes.path("bearer").path("scheme").asText()).isEqualTo("bearer");
        assertThat(document.path("security").toString()).contains("basic", "bearer");

        JsonNode create = document.path("paths").path("/api/me/tokens").path("post");
        assertThat(create.path("requestBody").toString()).contains("NewToken");
        assertThat(create.path("responses").path("201").toString()).contains("CreatedToken");
        for (String status : new String[] {"400", "401", "403", "409"}) {
            assertThat(create.path("responses").path(status).path("content").has("application/problem+json"))
                    .as("%s of POST /api/me/tokens", status).isTrue();
        }
        assertThat(document.path("paths").path("/api/me/tokens/{id}").path("delete").path("responses").has("404"))
                .isTrue();
        assertThat(document.path("components").path("schemas").path("Problem").path("properties").has("errors"))
                .isTrue();
    }

    @Test
    void theDocumentAndSwaggerUiAreForSignedInUsers() {
        problem(api.get("/v3/api-docs"), 401);
        problem(api.get("/swagger-ui.html"), 401);
        assertThat(api.download("/v3/api-docs.yaml").status()).isEqualTo(401);
        assertThat(api.download("/swagger-ui/index.html").status()).isEqualTo(401);
        ApiClient signedIn = api.as(world.focalPoint(World.SO_A).username());
        assertThat(signedIn.download("/swagger-ui/index.html").status()).isEqualTo(200);
        assertThat(new String(signedIn.download("/v3/api-docs.yaml").bytes(), StandardCharsets.UTF_8))
                .startsWith("openapi:");
    }

    /** Every method and path pattern under /api that a controller serves, as "GET /api/…/{id}". */
    private Set<String> served() {
        Set<String> served = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/")) {
                    continue;
                }
                assertThat(methods).as("HTTP methods of %s (%s)", pattern, entry.getValue()).isNotEmpty();
                // The document writes {id}, where a pattern may say {id:\d+}.
                String path = pattern.replaceAll("\\{([^}:]+):[^}]*}", "{$1}");
                methods.forEach(method -> served.add(method.name() + " " + path));
            }
        }
        return served;
    }
}
