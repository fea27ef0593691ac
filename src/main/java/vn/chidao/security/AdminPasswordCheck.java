package vn.chidao.security;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start when {@code chidao.admin.password-required} is true (the {@code postgres} profile) and
 * no administrator password is set: production must never fall back to a known password for Chidao's
 * {@code admin} (who also signs in to Camunda's webapp, with the same account).
 */
public class AdminPasswordCheck implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        boolean required = environment.getProperty("chidao.admin.password-required", Boolean.class, false);
        String password = environment.getProperty("chidao.admin.password", "");
        if (required && password.isBlank()) {
            throw new IllegalStateException("Set CHIDAO_ADMIN_PASSWORD (property chidao.admin.password): "
                    + "the postgres profile does not start without an administrator password");
        }
    }
}
