package vn.chidao.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.chidao.support.ApiClient;
import vn.chidao.support.ChidaoTest;
import vn.chidao.support.Fixtures;
import vn.chidao.support.World;

/**
 * A JSON body over the API's limit (2 MB) is a 413 problem before anything reads it, whether it says its length or
 * comes in chunks, and nothing is written; a chunked body within the limit is read as usual.
 */
@ChidaoTest
class RequestBodyLimitApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int THREE_MB = 3 * 1024 * 1024;

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;

    World world;
    HttpClient http;

    @BeforeEach
    void newWorld() {
        world = fixtures.newWorld();
        http = HttpClient.newHttpClient();
    }

    @Test
    void aBodyOverTheLimitIsA413AndCreatesNothing() throws Exception {
        byte[] huge = draft("x".repeat(THREE_MB)).getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> declared = send(HttpRequest.BodyPublishers.ofByteArray(huge));
        HttpResponse<String> chunked = send(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge)));

        for (HttpResponse<String> refused : List.of(declared, chunked)) {
            assertThat(refused.statusCode()).isEqualTo(413);
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            JsonNode problem = JSON.readTree(refused.body());
            assertThat(problem.path("status").asInt()).isEqualTo(413);
            assertThat(problem.path("detail").asText()).isEqualTo("The request body is too large: at most 2 MB");
        }
        assertThat(secretariat().get("/api/conclusions").expect(200).path("total").asLong()).isZero();
    }

    @Test
    void aChunkedBodyWithinTheLimitIsReadAsUsual() throws Exception {
        byte[] body = draft("Rà soát thủ tục hành chính").getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> created = send(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(JSON.readTree(created.body()).path("title").asText()).isEqualTo("Kết luận");
        assertThat(secretariat().get("/api/conclusions").expect(200).path("total").asLong()).isEqualTo(1);
    }

    private ApiClient secretariat() {
        return ApiClient.on(port).as(world.secretariat().username());
    }

    private HttpResponse<String> send(HttpRequest.BodyPublisher body) throws Exception {
        String credentials = world.secretariat().username() + ":" + Fixtures.PASSWORD;
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/conclusions"))
                .header("Content-Type", "application/json")
                .header("Accept-Language", "en")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .POST(body)
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String draft(String content) throws Exception {
        return JSON.writeValueAsString(Map.of("committee", "Ban Chỉ đạo", "meetingDate", "2030-03-10",
                "title", "Kết luận", "directives", List.of(Map.of("content", content, "leadUnit", World.SO_A,
                        "coordinatingUnits", List.of(), "deadline", "2030-03-20", "ongoing", false,
                        "leaderSignOff", false))));
    }
}
