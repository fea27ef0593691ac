package vn.chidao.security;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.SpringSecurityMessageSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.transaction.TransactionException;

/**
 * Username and password (the sign-in form, HTTP Basic) checked as Spring Security does, within the
 * {@link SignInLockout}: a locked (username, client address) pair is refused exactly as a wrong password is (the
 * same exception and message, after the same bcrypt work), and every outcome is counted. The client address is the
 * request's remote address, which behind a reverse proxy is the proxy's client's once forward headers are on.
 */
class LockoutAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final SignInLockout lockout;
    private final PasswordEncoder encoder;
    private volatile String decoyHash;

    LockoutAuthenticationProvider(UserService users, PasswordEncoder encoder, SignInLockout lockout) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        this.lockout = lockout;
        this.encoder = encoder;
    }

    /** A failure of the database while checking (the lockout's tables, the user) is the service's, not the person's. */
    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        try {
            return check(attempt);
        } catch (DataAccessException | TransactionException broken) {
            throw new InternalAuthenticationServiceException("The database failed while checking a password", broken);
        }
    }

    private Authentication check(Authentication attempt) {
        String address = attempt.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        if (address == null) {
            return passwords.authenticate(attempt);
        }
        String username = attempt.getName();
        SignInLockout.Standing standing = lockout.standing(username, address);
        if (standing.locked()) {
            // As long as checking a wrong password takes, with the same answer.
            encoder.matches(String.valueOf(attempt.getCredentials()), decoyHash());
            throw badCredentials();
        }
        Authentication signedIn;
        try {
            signedIn = passwords.authenticate(attempt);
        } catch (InternalAuthenticationServiceException broken) {
            throw broken; // the database failed, not the person
        } catch (AuthenticationException failed) {
            countFailure(username, address);
            throw failed;
        }
        if (standing.failedBefore()) {
            lockout.succeeded(username, address);
        }
        return signedIn;
    }

    private void countFailure(String username, String address) {
        try {
            lockout.failed(username, address);
        } catch (DataIntegrityViolationException firstOfTwoAtOnce) {
            lockout.failed(username, address);
        }
    }

    /** The exception and message of a wrong password in Spring Security's own provider. */
    private static BadCredentialsException badCredentials() {
        return new BadCredentialsException(SpringSecurityMessageSource.getAccessor()
                .getMessage("AbstractUserDetailsAuthenticationProvider.badCredentials", "Bad credentials"));
    }

    private String decoyHash() {
        if (decoyHash == null) {
            decoyHash = encoder.encode("not-a-password-anyone-has");
        }
        return decoyHash;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
