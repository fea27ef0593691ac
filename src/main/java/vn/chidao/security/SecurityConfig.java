package vn.chidao.security;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Three doors: {@code /api/**}, Camunda's {@code /engine-rest/**}, the actuator ({@code /actuator/**}) and the
 * OpenAPI document with its Swagger UI with a personal access token ({@code Authorization: Bearer}) or HTTP
 * Basic, and no session (health's status is open to load balancers; its details, the other actuator
 * endpoints and the engine REST API are the installation's administrators' only);
 * Camunda's webapp ({@code /camunda/**}: Cockpit, Admin, Tasklist) on the UI's session, for the installation's
 * administrators only, who reach it signed in as themselves ({@link CamundaSignIn}); everything else is the Vaadin
 * UI with form login. Passwords, on the form and in HTTP Basic, are checked within the {@link SignInLockout}. Which
 * data a caller may see and change is decided in the services, not here.
 */
@Configuration
@EnableWebSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfig {

    private static final String ENGINE_REST = "/engine-rest/**";
    private static final String ACTUATOR = "/actuator/**";
    private static final RequestMatcher CAMUNDA_API = path("/camunda/api/**");

    private static PathPatternRequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    /** BCrypt at {@code chidao.security.password-hash-cost} (its log rounds; a hash keeps its own cost). */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${chidao.security.password-hash-cost:10}") int cost) {
        return new BCryptPasswordEncoder(cost);
    }

    /** Username and password, within the lockout: the sign-in form's and HTTP Basic's. */
    private static AuthenticationManager passwords(UserService users, PasswordEncoder encoder, SignInLockout lockout) {
        return new ProviderManager(new LockoutAuthenticationProvider(users, encoder, lockout));
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, ProblemAuthenticationHandlers problems, TokenService tokens,
                                    SecurityContextHolderStrategy holder, UserService users,
                                    PasswordEncoder encoder, SignInLockout lockout) throws Exception {
        // Path matchers, not MVC ones: /engine-rest is Camunda's Jersey servlet, outside Spring MVC.
        // "/x/**" matches "/x" too.
        return http.securityMatcher(new OrRequestMatcher(path("/api/**"), path(ENGINE_REST), path(ACTUATOR),
                        path("/v3/api-docs/**"), path("/v3/api-docs.yaml"), path("/swagger-ui.html"),
                        path("/swagger-ui/**")))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(path("/actuator/health/**")).permitAll()
                        .requestMatchers(path(ACTUATOR)).hasRole(ChidaoUser.INSTALLATION_ADMIN)
                        // Camunda's copies of the users have no password: Chidao checks passwords, Camunda does not.
                        .requestMatchers(path("/engine-rest/identity/verify"), path("/engine-rest/user/*/credentials"))
                        .denyAll()
                        .requestMatchers(path(ENGINE_REST)).hasRole(ChidaoUser.INSTALLATION_ADMIN)
                        .anyRequest().authenticated())
                .authenticationManager(passwords(users, encoder, lockout))
                .addFilterBefore(new BearerTokenFilter(tokens, problems, holder), BasicAuthenticationFilter.class)
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    /**
     * Camunda's Cockpit, Admin and Tasklist: the installation's administrators, signed in to the UI (the same session).
     * A browser that is not signed in goes to Chidao's sign-in page and comes back; the webapp's own calls get 401
     * instead of a sign-in page. Camunda's own sign-in and first-user setup are closed: its users have no password.
     * Tasklist is closed too: a task is done in Chidao, where its rules are.
     * Camunda's CSRF filter guards its calls, as it does for the webapp alone.
     */
    @Bean
    @Order(2)
    SecurityFilterChain camundaWebappSecurity(HttpSecurity http) throws Exception {
        // The page to come back to after signing in; never one of the webapp's own calls.
        HttpSessionRequestCache pagesOnly = new HttpSessionRequestCache();
        pagesOnly.setRequestMatcher(new AndRequestMatcher(PathPatternRequestMatcher.withDefaults()
                .matcher(HttpMethod.GET, "/camunda/**"), new NegatedRequestMatcher(CAMUNDA_API)));
        return http.securityMatcher(path("/camunda/**"))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(path("/camunda/api/admin/auth/user/*/login/**"),
                                path("/camunda/api/admin/setup/**"),
                                // Tasklist would complete Chidao's tasks past its services' rules: work is done in Chidao.
                                path("/camunda/app/tasklist/**"), path("/camunda/api/tasklist/**")).denyAll()
                        .anyRequest().hasRole(ChidaoUser.INSTALLATION_ADMIN))
                .requestCache(cache -> cache.requestCache(pagesOnly))
                .exceptionHandling(errors -> errors
                        .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
                                CAMUNDA_API)
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                                AnyRequestMatcher.INSTANCE))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain uiSecurity(HttpSecurity http, UserService users, PasswordEncoder encoder,
                                   SignInLockout lockout) throws Exception {
        http.authenticationManager(passwords(users, encoder, lockout));
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/images/**", "/icons/**").permitAll());
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
    }
}
