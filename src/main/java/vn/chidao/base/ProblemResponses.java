package vn.chidao.base;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * A {@link ProblemDetail} written as the answer ({@code application/problem+json}, UTF-8), for the filters and
 * security handlers that answer before Spring MVC, where {@link ApiErrors} does not reach.
 */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    /** Sets the problem's status and writes it as the whole body. */
    public static void write(HttpServletResponse response, ObjectMapper json, ProblemDetail problem)
            throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        json.writeValue(response.getOutputStream(), problem);
    }

    /** The language of a problem's text: Vietnamese unless the client asks for another. */
    public static Locale locale(HttpServletRequest request) {
        return request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null ? Messages.VIETNAMESE : request.getLocale();
    }
}
