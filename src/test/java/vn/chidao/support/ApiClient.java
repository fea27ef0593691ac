package vn.chidao.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.web.client.RestClient;

/**
 * A black-box client of the REST API over real HTTP: it knows paths, JSON and HTTP Basic (in UTF-8, as the server
 * reads it), nothing of the code. Replies keep status, content type and the parsed body, whatever the status.
 */
public final class ApiClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final RestClient rest;
    private final String username;
    private final String password;
    private final String language;
    private final String bearer;

    private ApiClient(RestClient rest, String username, String password, String language) {
        this(rest, username, password, language, null);
    }

    private ApiClient(RestClient rest, String username, String password, String language, String bearer) {
        this.rest = rest;
        this.username = username;
        this.password = password;
        this.language = language;
        this.bearer = bearer;
    }

    /** The same client presenting a personal access token ({@code Authorization: Bearer}) instead of a password. */
    public ApiClient withToken(String token) {
        return new ApiClient(rest, null, null, language, token);
    }

    /** An anonymous client of the application on {@code port}. */
    public static ApiClient on(int port) {
        RestClient rest = RestClient.builder().baseUrl("http://localhost:" + port)
                .requestFactory(new JdkClientHttpRequestFactory()).build();
        return new ApiClient(rest, null, null, null);
    }

    /** The same client signed in as a fixtures user (password {@link Fixtures#PASSWORD}). */
    public ApiClient as(String user) {
        return as(user, Fixtures.PASSWORD);
    }

    public ApiClient as(String user, String secret) {
        return new ApiClient(rest, user, secret, language);
    }

    /** The same client asking for answers in a language ({@code Accept-Language}). */
    public ApiClient inLanguage(String tag) {
        return new ApiClient(rest, username, password, tag, bearer);
    }

    public Reply get(String path) {
        return call(HttpMethod.GET, path, null);
    }

    /** A GET whose answer is a file: status, headers and the bytes as sent. */
    public Download download(String path) {
        return rest.get().uri(path).headers(this::credentials).exchange((req, response) -> new Download(response.getStatusCode().value(), response.getHeaders(),
                response.getBody().readAllBytes()));
    }

    public Reply post(String path, Object body) {
        return call(HttpMethod.POST, path, body);
    }

    public Reply post(String path) {
        return call(HttpMethod.POST, path, null);
    }

    /**
     * A {@code multipart/form-data} POST: a part {@code data} holding {@code data} as JSON text (no content type
     * given, as {@code curl -F data=...} sends it; omitted when null) and one part per file, all named {@code
     * fileField}, with the given file names.
     */
    public Reply postFiles(String path, Object data, String fileField, Map<String, byte[]> files) {
        MultipartBodyBuilder parts = new MultipartBodyBuilder();
        if (data != null) {
            try {
                parts.part("data", JSON.writeValueAsString(data));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        files.forEach((name, bytes) -> parts.part(fileField, new ByteArrayResource(bytes))
                .filename(name).contentType(MediaType.APPLICATION_OCTET_STREAM));
        RestClient.RequestBodySpec request = rest.post().uri(path).headers(this::json);
        request.contentType(MediaType.MULTIPART_FORM_DATA).body(parts.build());
        return request.exchange((req, response) -> {
            byte[] bytes = response.getBody().readAllBytes();
            return new Reply(response.getStatusCode().value(), response.getHeaders().getContentType(), parse(bytes),
                    new String(bytes));
        });
    }

    /** The caller's credentials and language; a JSON call also says it accepts JSON ({@link #json(HttpHeaders)}). */
    private void credentials(HttpHeaders headers) {
        if (username != null) {
            headers.setBasicAuth(HttpHeaders.encodeBasicAuth(username, password, StandardCharsets.UTF_8));
        }
        if (bearer != null) {
            headers.setBearerAuth(bearer);
        }
        if (language != null) {
            headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
        }
    }

    private void json(HttpHeaders headers) {
        headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
        credentials(headers);
    }

    /** A multipart/form-data POST of one file as the part {@code part}, with no other part. */
    public Reply upload(String path, String part, String fileName, byte[] content) {
        return postFiles(path, null, part, Map.of(fileName, content));
    }

    public Reply put(String path, Object body) {
        return call(HttpMethod.PUT, path, body);
    }

    public Reply delete(String path) {
        return call(HttpMethod.DELETE, path, null);
    }

    private Reply call(HttpMethod method, String path, Object body) {
        RestClient.RequestBodySpec request = rest.method(method).uri(path).headers(this::json);
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return request.exchange((req, response) -> {
            byte[] bytes = response.getBody().readAllBytes();
            MediaType type = response.getHeaders().getContentType();
            return new Reply(response.getStatusCode().value(), type, parse(bytes), new String(bytes));
        });
    }

    private static JsonNode parse(byte[] bytes) {
        if (bytes.length == 0) {
            return MissingNode.getInstance();
        }
        try {
            return JSON.readTree(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("Not JSON: " + new String(bytes), e);
        }
    }

    /** A JSON object from alternating names and values; null values are kept (Map.of refuses them). */
    public static Map<String, Object> json(Object... namesAndValues) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            object.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return object;
    }

    /** A file the server sent. */
    public record Download(int status, HttpHeaders headers, byte[] bytes) {
    }

    /** What the server answered. */
    public record Reply(int status, MediaType contentType, JsonNode body, String text) {

        /** The body, after checking the status; the failure message shows what the server said. */
        public JsonNode expect(int wanted) {
            if (status != wanted) {
                throw new AssertionError("Expected HTTP " + wanted + " but got " + status + ": " + text);
            }
            return body;
        }
    }
}
