package vn.chidao.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.MediaType;

/** Checks that an API error is {@code application/problem+json} with a readable detail. */
public final class Problems {

    private Problems() {
    }

    /** Asserts status, content type and a non-empty {@code detail}; returns the problem. */
    public static JsonNode problem(ApiClient.Reply reply, int status) {
        assertThat(reply.status()).as("status of %s", reply.text()).isEqualTo(status);
        assertThat(reply.contentType()).as("content type").isNotNull();
        assertThat(reply.contentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .as("content type %s is application/problem+json", reply.contentType()).isTrue();
        assertThat(reply.body().path("status").asInt()).isEqualTo(status);
        assertThat(reply.body().path("detail").asText()).as("detail").isNotBlank();
        return reply.body();
    }

    /** Asserts a 400 problem and returns the fields of its {@code errors}. */
    public static List<String> invalidFields(ApiClient.Reply reply) {
        JsonNode problem = problem(reply, 400);
        List<String> fields = new ArrayList<>();
        for (JsonNode error : problem.path("errors")) {
            assertThat(error.path("message").asText()).as("message of %s", error).isNotBlank();
            fields.add(error.path("field").asText());
        }
        return fields;
    }
}
