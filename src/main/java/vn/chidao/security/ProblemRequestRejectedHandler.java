package vn.chidao.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;
import vn.chidao.base.Messages;

/**
 * A request the firewall refuses (an encoded {@code %}, {@code /} or {@code ;} in the path, a control character): on
 * the API a 400 problem naming {@code path}, like any other malformed input; Spring's default answer (an error
 * dispatch) ended as a redirect to the sign-in page there. Elsewhere the default 400.
 */
@Component
class ProblemRequestRejectedHandler implements RequestRejectedHandler {

    private final RequestRejectedHandler others = new HttpStatusRequestRejectedHandler();
    private final ObjectMapper json;
    private final Messages messages;

    ProblemRequestRejectedHandler(ObjectMapper json, Messages messages) {
        this.json = json;
        this.messages = messages;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException error)
            throws IOException, ServletException {
        String uri = request.getRequestURI();
        if (uri == null || !uri.startsWith(request.getContextPath() + "/api/")) {
            others.handle(request, response, error);
            return;
        }
        Locale locale = request.getHeader("Accept-Language") == null ? Messages.VIETNAMESE : request.getLocale();
        String reason = messages.get(locale, "error.format");
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.get(locale, "error.invalid") + " path: " + reason);
        problem.setProperty("errors", List.of(Map.of("field", "path", "message", reason)));
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        json.writeValue(response.getOutputStream(), problem);
    }
}
