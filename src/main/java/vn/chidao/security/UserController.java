package vn.chidao.security;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api")
class UserController {

    private final UserService users;
    private final UserAccountService accounts;
    private final PasswordService passwords;
    private final SignInLockout lockout;

    UserController(UserService users, UserAccountService accounts, PasswordService passwords, SignInLockout lockout) {
        this.users = users;
        this.accounts = accounts;
        this.passwords = passwords;
        this.lockout = lockout;
    }

    /** The body of a password reset: the new password, or none to have one generated. */
    record NewPassword(String password) {

        /** Without the password: logs (Spring MVC's debug lines print request bodies) never show it. */
        @Override
        public String toString() {
            return "NewPassword[***]";
        }
    }

    record Me(String username, String displayName, List<String> roles, String governmentCode, String unitCode) {
    }

    @GetMapping("/me")
    Me me(@AuthenticationPrincipal ChidaoUser caller) {
        var actor = caller.actor();
        return new Me(actor.username(), caller.displayName(), caller.roleNames(), actor.governmentCode(),
                actor.unitCode());
    }

    /** The caller changes their own password. */
    @PostMapping("/me/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void changePassword(@AuthenticationPrincipal ChidaoUser caller, @RequestBody PasswordChange body,
                        HttpServletRequest request) {
        passwords.change(caller.actor(), body, request.getRemoteAddr());
    }

    @PostMapping("/admin/users")
    @ResponseStatus(HttpStatus.CREATED)
    UserDto create(@AuthenticationPrincipal ChidaoUser caller, @RequestBody NewUser body) {
        return users.createUser(caller.actor(), body);
    }

    /** A user as an administrator lists them: also whether failed sign-ins lock them out from some address now. */
    record ManagedUser(@JsonUnwrapped UserDto user, boolean lockedOut) {
    }

    /** The users the caller manages; {@code q}: only those whose sign-in name, name or email contains it. */
    @GetMapping("/admin/users")
    List<ManagedUser> list(@AuthenticationPrincipal ChidaoUser caller, @RequestParam(required = false) String q) {
        List<UserDto> found = q == null ? users.users(caller.actor())
                : users.search(caller.actor(), q, Pageable.unpaged()).getContent();
        Set<String> locked = lockout.lockedOut(caller.actor(), found.stream().map(UserDto::username).toList());
        return found.stream()
                .map(u -> new ManagedUser(u, locked.contains(u.username().toLowerCase(Locale.ROOT))))
                .toList();
    }

    @PutMapping("/admin/users/{username}")
    UserDto update(@AuthenticationPrincipal ChidaoUser caller, @PathVariable String username,
                   @RequestBody UserChange body) {
        return accounts.updateUser(caller.actor(), username, body);
    }

    @PostMapping("/admin/users/{username}/password")
    PasswordReset resetPassword(@AuthenticationPrincipal ChidaoUser caller, @PathVariable String username,
                                @RequestBody(required = false) NewPassword body) {
        return accounts.resetPassword(caller.actor(), username, body == null ? null : body.password());
    }

    /** Lifts the sign-in lockout of a user, from every address. */
    @PostMapping("/admin/users/{username}/unlock")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unlock(@AuthenticationPrincipal ChidaoUser caller, @PathVariable String username) {
        lockout.unlock(caller.actor(), username);
    }
}
