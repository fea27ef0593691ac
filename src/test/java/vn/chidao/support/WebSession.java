package vn.chidao.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser's session over real HTTP, without a browser: it keeps its cookies, follows no redirect by itself, and
 * signs in through the UI's form login ({@code POST /login} with the CSRF token of the sign-in page).
 */
public final class WebSession {

    /** What a browser asks for when it opens a page. */
    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http;

    public WebSession(int port) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Where the server sends this session, as a path and query of this server. */
    public String path(HttpResponse<String> redirect) {
        String location = redirect.headers().firstValue("Location").orElseThrow(
                () -> new AssertionError("No redirect: HTTP " + redirect.statusCode()));
        return location.startsWith(base) ? location.substring(base.length()) : location;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", BROWSER_ACCEPT).GET().build());
    }

    /** Fills in the sign-in form and sends it; answers the form's redirect (to the page asked for, or back). */
    public HttpResponse<String> signIn(String username, String password) {
        HttpResponse<String> page = get("/login");
        Matcher csrf = CSRF.matcher(page.body());
        if (!csrf.find()) {
            throw new AssertionError("No CSRF token on the sign-in page: " + page.body());
        }
        String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf="
                + encode(csrf.group(1));
        return send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    public HttpResponse<String> post(String path, String contentType, String body) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
