package vn.chidao.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import vn.chidao.base.Messages;
import vn.chidao.base.ProblemResponses;

/**
 * 401 and 403 of the API as {@code application/problem+json}, like every other API error; 503 when the credentials
 * could not be checked because the database failed ({@link InternalAuthenticationServiceException}): the caller is
 * not told to sign in again, and may retry.
 */
@Component
class ProblemAuthenticationHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ObjectMapper json;
    private final Messages messages;

    ProblemAuthenticationHandlers(ObjectMapper json, Messages messages) {
        this.json = json;
        this.messages = messages;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException error)
            throws IOException {
        if (error instanceof InternalAuthenticationServiceException) {
            write(request, response, HttpStatus.SERVICE_UNAVAILABLE, "error.unavailable");
            return;
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"Chidao\"");
        write(request, response, HttpStatus.UNAUTHORIZED, "error.unauthorized");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException error)
            throws IOException {
        write(request, response, HttpStatus.FORBIDDEN, "error.forbidden");
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key)
            throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                messages.get(ProblemResponses.locale(request), key));
        problem.setInstance(java.net.URI.create(request.getRequestURI()));
        ProblemResponses.write(response, json, problem);
    }
}
