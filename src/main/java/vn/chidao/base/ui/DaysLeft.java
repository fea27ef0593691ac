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

    /**
     * The same, coloured by the caller's judgement (e.g. a directive's own reminder window): {@code overdue} once the
     * deadline has passed, which reads "đã quá hạn" before a working day has gone by (a weekend after a Friday
     * deadline), {@code soon} within the window, otherwise on time.
     */
    public static Span of(LocalDate deadline, Long daysLeft, boolean overdue, boolean soon) {
        Span span = of(deadline, daysLeft);
        if (deadline == null || daysLeft == null) {
            return span;
        }
        span.removeClassNames("chidao-days-ok", "chidao-days-soon", "chidao-days-overdue");
        span.addClassName(overdue ? "chidao-days-overdue" : soon ? "chidao-days-soon" : "chidao-days-ok");
        if (overdue && daysLeft >= 0) {
            span.setText(span.getTranslation("days.past"));
        }
        return span;
    }

    /** How long a task has waited on the secretariat or a leader: "chờ 3 ngày làm việc", never red. */
    public static Span waiting(long workingDays) {
        Span span = new Span();
        span.addClassNames("chidao-days", "chidao-days-waiting");
        span.setText(span.getTranslation("days.waiting", workingDays));
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
