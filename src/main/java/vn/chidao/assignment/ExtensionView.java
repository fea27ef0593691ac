package vn.chidao.assignment;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** An extension request as the API and the UI show it. */
public record ExtensionView(long id, LocalDate previousDeadline, LocalDate requestedDeadline, String reason,
                            String requestedBy, OffsetDateTime requestedAt, ExtensionStatus status, String decidedBy,
                            OffsetDateTime decidedAt, String comment) {
}
