package vn.chidao.security;

import java.util.Map;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Camunda's webapp and engine REST API know the user Chidao signed in, through Camunda's container-based
 * authentication: Spring Security has let the request in ({@link SecurityConfig}: installation administrators only)
 * and the request's principal is Chidao's user. Both filters run after Spring Security's and before Camunda's own
 * (which the starter registers last).
 */
@Configuration(proxyBeanMethods = false)
class CamundaSignIn {

    /** Just after Spring Security's filter chain. */
    private static final int ORDER = SecurityProperties.DEFAULT_FILTER_ORDER + 1;

    private static final Map<String, String> CONTAINER_PROVIDER = Map.of(
            ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
            ContainerBasedAuthenticationProvider.class.getName());

    /** Cockpit, Admin, Tasklist: the signed-in user becomes the webapp's, once per session. */
    @Bean
    FilterRegistrationBean<CockpitSignIn> cockpitSignIn(UserService users) {
        FilterRegistrationBean<CockpitSignIn> registration = new FilterRegistrationBean<>(new CockpitSignIn(users));
        registration.setName("Chidao sign-in of Camunda's webapp");
        registration.setInitParameters(CONTAINER_PROVIDER);
        registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
        registration.setOrder(ORDER);
        return registration;
    }

    /**
     * The engine REST API: the engine knows who calls for each request (Cockpit's user operation log names them);
     * the engine's authorization checks stay off, Spring Security has decided.
     */
    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestSignIn() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("Chidao sign-in of Camunda's engine REST API");
        registration.setInitParameters(Map.of(
                ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                ContainerBasedAuthenticationProvider.class.getName(),
                ProcessEngineAuthenticationFilter.SERVLET_PATH_PREFIX, "/engine-rest"));
        registration.addUrlPatterns("/engine-rest/*");
        registration.setOrder(ORDER);
        return registration;
    }
}
