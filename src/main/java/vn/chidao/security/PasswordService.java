package vn.chidao.security;

import jakarta.validation.Valid;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import vn.chidao.base.Actor;
import vn.chidao.base.InvalidInputException;
import vn.chidao.base.NotFoundException;

/**
 * A person's own password: they change it (over the API and on the change-password screen), and the screens ask
 * whether a password someone else set is still theirs to change first.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class PasswordService {

    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy policy;
    private final SignInLockout lockout;

    PasswordService(UserRepository users, PasswordEncoder passwordEncoder, PasswordPolicy policy,
                    SignInLockout lockout) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.policy = policy;
        this.lockout = lockout;
    }

    /**
     * The caller replaces their password. 400 on {@code currentPassword} when it is not theirs, on
     * {@code newPassword} when it breaks the {@link PasswordPolicy} or is the current one. The old password stops
     * working at once (for HTTP Basic and the next sign-in; an open session stays open); a change asked of them is
     * done. A wrong current password counts as a failed sign-in of the caller from {@code clientAddress} (so a
     * stolen session or token cannot try passwords one after another), and a locked pair is answered as a wrong
     * current password.
     */
    @Transactional
    public void change(Actor actor, @Valid PasswordChange change, String clientAddress) {
        AppUser user = users.findByUsernameIgnoreCase(actor.username())
                .orElseThrow(() -> new NotFoundException("error.user.notFound", actor.username()));
        SignInLockout.Standing standing = lockout.standing(user.getUsername(), clientAddress);
        if (standing.locked() || !passwordEncoder.matches(change.currentPassword(), user.getPasswordHash())) {
            if (!standing.locked()) {
                lockout.failedApart(user.getUsername(), clientAddress);
            }
            throw InvalidInputException.of("currentPassword", "error.password.current");
        }
        if (standing.failedBefore()) {
            lockout.succeeded(user.getUsername(), clientAddress);
        }
        if (change.newPassword().equals(change.currentPassword())) {
            throw InvalidInputException.of("newPassword", "error.password.same");
        }
        policy.check("newPassword", user.getUsername(), change.newPassword());
        user.changePassword(passwordEncoder.encode(change.newPassword()), false);
    }

    /** Whether {@code username} is still to change a password someone else set before using the screens. */
    public boolean mustChange(String username) {
        return users.findByUsernameIgnoreCase(username).map(AppUser::isPasswordChangeRequired).orElse(false);
    }
}
