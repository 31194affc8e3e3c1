package vn.hailong.web.operations;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import vn.hailong.support.Api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * /openapi.yml as an integrator reads it: the API only, a bearer scheme, and for every operation a summary and its
 * problem+json errors; and the document tells the truth about which operations need a token.
 */
@MicronautTest(transactional = false)
class OpenApiDocumentIT {

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");

    @Inject
    EmbeddedServer server;

    Api api;
    Map<String, Object> document;

    @BeforeEach
    void fetch() {
        api = new Api(server);
        Api.Response response = api.send("GET", "/openapi.yml", null, null, Map.of("Accept", "application/yaml"));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/yaml");
        document = new Yaml().load(response.body());
    }

    @Test
    void describes_the_api_only_and_no_staff_page() {
        assertThat(map(document, "paths").keySet()).isNotEmpty()
                .allSatisfy(path -> assertThat(path)
                        .as("a staff page in the API document: add its controller to openapi.properties")
                        .matches("/api/v1/.+|/sms/.+"));
    }

    @Test
    void declares_the_bearer_scheme_and_requires_it_unless_an_operation_says_otherwise() {
        Map<String, Object> schemes = map(map(document, "components"), "securitySchemes");
        assertThat(schemes).containsKey(ApiAccess.BEARER);
        assertThat(map(schemes, ApiAccess.BEARER)).containsEntry("type", "http").containsEntry("scheme", "bearer");
        assertThat(list(document, "security")).containsExactly(Map.of(ApiAccess.BEARER, List.of()));
        assertThat(list(document, "servers")).isNotEmpty();
    }

    @Test
    void every_operation_has_a_summary_a_success_and_problem_json_errors() {
        for (Operation op : operations()) {
            assertThat((String) op.body().get("summary")).as(op.name()).isNotBlank();
            Map<String, Object> responses = map(op.body(), "responses");
            assertThat(responses.keySet()).as(op.name()).anyMatch(code -> code.startsWith("2"));
            List<String> errors = responses.keySet().stream().filter(code -> code.startsWith("4")).toList();
            assertThat(errors).as(op.name()).isNotEmpty();
            for (String code : errors) {
                Map<String, Object> content = map(map(responses, code), "content");
                assertThat(content).as(op.name() + " " + code).containsOnlyKeys("application/problem+json");
                assertThat(map(map(content, "application/problem+json"), "schema"))
                        .containsEntry("$ref", "#/components/schemas/Problem");
            }
        }
    }

    @Test
    void an_operation_that_needs_a_token_refuses_a_call_without_one_and_a_public_one_does_not() {
        for (Operation op : operations()) {
            List<Map<String, Object>> security = op.body().containsKey("security") ? list(op.body(), "security")
                    : list(document, "security");
            boolean anonymousAllowed = security.stream().anyMatch(Map::isEmpty);
            boolean bearerOnly = security.stream().allMatch(r -> r.keySet().equals(Set.of(ApiAccess.BEARER)));
            Api.Response response = callWithoutToken(op);
            if (anonymousAllowed) {
                assertThat(response.status()).as(op.name() + " is documented as public").isNotEqualTo(401);
            } else if (bearerOnly) {
                assertThat(response.status()).as(op.name() + " is documented as needing a token").isEqualTo(401);
                assertThat(map(op.body(), "responses")).as(op.name()).containsKeys("401", "403");
            } else {
                assertThat(response.status()).as(op.name() + " is documented as needing credentials").isIn(401, 403);
            }
        }
    }

    private Api.Response callWithoutToken(Operation op) {
        String path = op.path().replaceAll("\\{[^}]+}", "NO-SUCH-CODE");
        if (!op.body().containsKey("requestBody")) {
            return api.send(op.method().toUpperCase(), path, null, null, Map.of());
        }
        String contentType = map(map(op.body(), "requestBody"), "content").keySet().iterator().next();
        return contentType.equals("application/json") ? api.send(op.method().toUpperCase(), path, null, "{}", Map.of())
                : api.postBytes(path, null, contentType, new byte[0]);
    }

    @SuppressWarnings("unchecked")
    private List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        map(document, "paths").forEach((path, item) -> ((Map<String, Object>) item).forEach((method, body) -> {
            if (METHODS.contains(method)) {
                operations.add(new Operation(path, method, (Map<String, Object>) body));
            }
        }));
        assertThat(operations).isNotEmpty();
        return operations;
    }

    private record Operation(String path, String method, Map<String, Object> body) {
        String name() {
            return method.toUpperCase() + " " + path;
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        assertThat(parent).containsKey(key);
        return (Map<String, Object>) parent.get(key);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> parent, String key) {
        assertThat(parent).containsKey(key);
        return (List<Map<String, Object>>) parent.get(key);
    }
}
