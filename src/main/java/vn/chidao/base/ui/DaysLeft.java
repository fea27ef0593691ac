package vn.chidao.base.ui;

import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;

/**
 * How far a deadline is, as the tracking sheets say it: "còn 5 ngày", "hạn hôm nay", "quá hạn 2 ngày",
 * "thường xuyên", coloured by {@code chidao-days-ok}, {@code -soon} (within {@value #SOON_DAYS} days),
 * {@code -overdue} and {@code -ongoing}.
 */
public final class DaysLeft {

    /** From this many days left on, a deadline is "soon". */
    public static final int SOON_DAYS = 3;

    private DaysLeft() {
    }

    /**
     * @param deadline null for an ongoing task
     * @param daysLeft days from today to the deadline (negative when overdue); null when the task is done
     */
    public static Span of(LocalDate deadline, Long daysLeft) {
        Span span = new Span();
        span.addClassName("chidao-days");
        if (deadline == null) {
            span.setText(span.getTranslation("days.ongoing"));
            span.addClassName("chidao-days-ongoing");
        } else if (daysLeft != null) {
            span.setText(text(span, daysLeft));
            span.addClassName(cssClass(daysLeft));
        }
        return span;
    }

    /** The colour class of an open task with a deadline. */
    public static String cssClass(long daysLeft) {
        if (daysLeft < 0) {
            return "chidao-days-overdue";
        }
        return daysLeft <= SOON_DAYS ? "chidao-days-soon" : "chidao-days-ok";
    }

    private static String text(Span span, long daysLeft) {
        if (daysLeft < 0) {
            return span.getTranslation("days.overdue", -daysLeft);
        }
        return daysLeft == 0 ? span.getTranslation("days.today") : span.getTranslation("days.left", daysLeft);
    }
}
