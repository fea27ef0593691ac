package vn.chidao.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

/**
 * A token to create: what it is for, and when it stops working (an ISO date-time with offset; the service checks
 * it is ahead of the application's clock, which tests and the demo move, so no {@code @Future} here).
 */
public record NewToken(@NotBlank(message = "{error.required}") @Size(max = 100, message = "{error.size}") String name,
                       @NotNull(message = "{error.required}") OffsetDateTime expiresAt) {
}
