package vn.chidao.base;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Names the web request and its user in the logging context ({@code request}, {@code user}) while it is served,
 * so every log line of it says whose it was; the JSON logs of the {@code postgres} profile carry both. The request's
 * id is the caller's {@code X-Request-Id} when it sends a plausible one (a load balancer's), otherwise a new one,
 * and is sent back in the same header. Runs after Spring Security's filters (Boot registers it after them), when
 * the user is known.
 */
@Component
public class RequestLogContext extends OncePerRequestFilter {

    public static final String HEADER = "X-Request-Id";
    public static final String REQUEST = "request";
    public static final String USER = "user";
    private static final Pattern PLAUSIBLE_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private final SecurityContextHolderStrategy security;

    public RequestLogContext(SecurityContextHolderStrategy security) {
        this.security = security;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String given = request.getHeader(HEADER);
        String id = given != null && PLAUSIBLE_ID.matcher(given).matches() ? given : UUID.randomUUID().toString();
        response.setHeader(HEADER, id);
        Authentication who = security.getContext().getAuthentication();
        boolean known = who != null && who.isAuthenticated() && !(who instanceof AnonymousAuthenticationToken);
        MDC.put(REQUEST, id);
        if (known) {
            MDC.put(USER, who.getName());
        }
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(REQUEST);
            MDC.remove(USER);
        }
    }
}
