package vn.chidao.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Set;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.chidao.base.Messages;
import vn.chidao.base.ProblemResponses;

/**
 * While the demo loads ({@link DemoLoading}): the API, Camunda's REST API and its webapp answer 503
 * ({@code application/problem+json}, {@code Retry-After}) and the sign-in form's post goes back to the start page,
 * which shows the progress. Runs before Spring Security, so nobody signs in, not even with a token. The actuator and
 * the UI's own requests pass (the screens show {@link DemoLoadingView} instead of themselves).
 */
class DemoLoadingFilter extends OncePerRequestFilter {

    /** Seconds a client waits before it asks again. */
    static final int RETRY_AFTER = 10;

    private static final Set<String> HELD = Set.of("/api", "/engine-rest", "/camunda");

    private final DemoLoading loading;
    private final Messages messages;
    private final ObjectMapper json;

    DemoLoadingFilter(DemoLoading loading, Messages messages, ObjectMapper json) {
        this.loading = loading;
        this.messages = messages;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        DemoLoading.Progress progress = loading.progress().orElse(null);
        if (progress == null) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (HELD.stream().anyMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"))) {
            unavailable(request, response, progress);
        } else if ("/login".equals(path) && "POST".equals(request.getMethod())) {
            response.sendRedirect(request.getContextPath() + "/");
        } else {
            chain.doFilter(request, response);
        }
    }

    private void unavailable(HttpServletRequest request, HttpServletResponse response, DemoLoading.Progress progress)
            throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, messages.get(
                ProblemResponses.locale(request), "demo.loading.api", progress.number(), progress.total()));
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER));
        ProblemResponses.write(response, json, problem);
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        FilterRegistrationBean<DemoLoadingFilter> demoLoadingFilter(DemoLoading loading, Messages messages,
                                                                    ObjectMapper json) {
            FilterRegistrationBean<DemoLoadingFilter> registration =
                    new FilterRegistrationBean<>(new DemoLoadingFilter(loading, messages, json));
            registration.setName("Chidao demo loading");
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
            return registration;
        }
    }
}
