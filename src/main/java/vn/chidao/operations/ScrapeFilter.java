package vn.chidao.operations;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Before a scrape ({@code /actuator/prometheus}) or a metric's reading ({@code /actuator/metrics/…}), adds the
 * gauges of governments created since the last one, so that they are in this scrape already. Runs after Spring
 * Security: only the installation's admins reach it.
 */
class ScrapeFilter extends OncePerRequestFilter {

    private final OperationsMetrics metrics;

    ScrapeFilter(OperationsMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        metrics.addNewGovernments();
        chain.doFilter(request, response);
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        FilterRegistrationBean<ScrapeFilter> scrapeFilter(OperationsMetrics metrics) {
            FilterRegistrationBean<ScrapeFilter> registration = new FilterRegistrationBean<>(new ScrapeFilter(metrics));
            registration.addUrlPatterns("/actuator/prometheus", "/actuator/metrics/*");
            return registration;
        }
    }
}
