package vn.chidao.delivery;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.OffsetDateTime;
import vn.chidao.base.time.Dates;
import vn.chidao.base.ui.Badges;

/** The outbox's cells: times as dd/MM/yyyy HH:mm, the status as a coloured badge, the last error cut short. */
final class DeliveryCells {

    private DeliveryCells() {
    }

    static String time(OffsetDateTime at) {
        return at == null ? "" : Dates.DAY_TIME.format(at.atZoneSameInstant(Dates.ZONE));
    }

    /** Sent green, failed red, waiting calm slate blue. */
    static Span status(DeliveryStatus status) {
        Span badge = Badges.of("deliveryStatus." + status.name(), switch (status) {
            case SENT -> "badge success";
            case FAILED -> "badge error";
            case PENDING -> "badge";
        });
        if (status == DeliveryStatus.PENDING) {
            badge.addClassName("chidao-badge-info");
        }
        return badge;
    }

    /** Two lines at most; the whole text is the column's tooltip. */
    static Div error(DeliveryDto delivery) {
        Div error = new Div();
        if (delivery.lastError() != null) {
            error.setText(delivery.lastError());
            error.addClassNames("chidao-clamp-2", "chidao-delivery-error");
        }
        return error;
    }
}
