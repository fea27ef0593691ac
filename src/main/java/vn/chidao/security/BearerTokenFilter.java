package vn.chidao.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.transaction.TransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer chd_…} on the API: the token's owner becomes the caller for this request (no
 * session); an unknown, expired or revoked token is a 401 problem, as a wrong password is. Requests without a
 * bearer token pass on to HTTP Basic.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final TokenService tokens;
    private final AuthenticationEntryPoint problems;
    private final SecurityContextHolderStrategy holder;

    /**
     * @param holder the application context's strategy, the one its filter chain reads: not the static
     *               {@link SecurityContextHolder}'s, which another application context in the same JVM may have
     *               replaced (Vaadin's configuration sets the global one to its own)
     */
    BearerTokenFilter(TokenService tokens, AuthenticationEntryPoint problems, SecurityContextHolderStrategy holder) {
        this.tokens = tokens;
        this.problems = problems;
        this.holder = holder;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        Optional<UserDetails> owner;
        try {
            owner = tokens.authenticate(header.substring(BEARER.length()).trim());
        } catch (DataAccessException | TransactionException broken) {
            problems.commence(request, response,
                    new InternalAuthenticationServiceException("The database failed while checking a token", broken));
            return;
        }
        if (owner.isEmpty()) {
            problems.commence(request, response, new BadCredentialsException("Unknown or expired token"));
            return;
        }
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(owner.get(), null,
                owner.get().getAuthorities()));
        holder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            holder.clearContext();
        }
    }
}
