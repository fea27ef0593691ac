package vn.chidao.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On an empty database, creates the user {@code admin} with the password from {@code chidao.admin.password}
 * ({@code CHIDAO_ADMIN_PASSWORD}), to be changed at the first sign-in to the screens where the
 * {@link PasswordPolicy} forces it (the {@code postgres} profile). Once any user exists that property is not read:
 * the stored password rules, and changing or removing the variable changes nothing. Where
 * {@code chidao.admin.password-required} (the {@code postgres} profile), an empty database without that password
 * stops the start: production never falls back to a known password.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final UserService users;
    private final String password;
    private final boolean required;

    AdminBootstrap(UserService users, @Value("${chidao.admin.password:}") String password,
                   @Value("${chidao.admin.password-required:false}") boolean required) {
        this.users = users;
        this.password = password;
        this.required = required;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.hasUsers()) {
            return;
        }
        if (password.isBlank()) {
            if (required) {
                throw new IllegalStateException("Set CHIDAO_ADMIN_PASSWORD (property chidao.admin.password): "
                        + "the database is empty and the postgres profile creates its administrator with it");
            }
            log.warn("No chidao.admin.password (CHIDAO_ADMIN_PASSWORD) is set: no administrator is created");
            return;
        }
        if (users.createFirstAdmin(password)) {
            log.info("Created the administrator '{}' on the empty database", UserService.ADMIN_USERNAME);
        }
    }
}
