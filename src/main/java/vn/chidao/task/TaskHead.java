package vn.chidao.task;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Locale;
import vn.chidao.assignment.AssignmentDetail;
import vn.chidao.assignment.AssignmentStatus;
import vn.chidao.base.HistoryEntry;
import vn.chidao.base.ui.Badges;

/**
 * The top of the task page: back, the status, timeliness and role badges, the new status once an action changed it
 * (the page then scrolls back up to it), and why the task ended early when the directive was cancelled or closed.
 */
class TaskHead extends Div {

    private final AssignmentDetail detail;

    /** @param before the status before the action just taken; null when none was taken */
    TaskHead(AssignmentDetail detail, AssignmentStatus before) {
        this.detail = detail;
        addClassName("chidao-task-head");
        Button back = new Button(getTranslation("assignment.back"), VaadinIcon.ARROW_LEFT.create(),
                e -> UI.getCurrent().getPage().getHistory().back());
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        back.setId("back");
        Span status = Badges.status(detail.status());
        status.setId("status-badge");
        Span timeliness = Badges.timeliness(detail.timeliness());
        timeliness.setId("timeliness-badge");
        Div badges = new Div(status, timeliness, Badges.role(detail.role()));
        badges.addClassName("chidao-badges");
        add(back, badges);
        if (before != null && before != detail.status()) {
            Span changed = new Span(getTranslation("assignment.statusChanged",
                    getTranslation("status." + detail.status().name())));
            changed.setId("status-changed");
            changed.addClassName("chidao-status-changed");
            add(changed);
            // The action was taken further down: bring the page back to where its new status shows.
            getElement().executeJs("this.scrollIntoView({block: 'start'})");
        }
        if (detail.status() == AssignmentStatus.CANCELLED) {
            add(banner("assignment.cancelledBanner", "CANCELLED"));
        } else if (detail.history().stream().anyMatch(e -> "CLOSED".equals(e.action()))) {
            add(banner("assignment.closedBanner", "CLOSED"));
        }
    }

    /** Why the task ended before its unit did: the directive was cancelled (with the reason) or closed. */
    private Div banner(String key, String action) {
        HistoryEntry ended = detail.history().stream().filter(e -> action.equals(e.action()))
                .reduce((first, second) -> second).orElse(null);
        String comment = ended == null || ended.comment() == null ? "" : ended.comment();
        Icon icon = (action.equals("CANCELLED") ? VaadinIcon.BAN : VaadinIcon.FLAG_CHECKERED).create();
        Span text = new Span(getTranslation(key, comment));
        Div banner = new Div(icon, text);
        banner.setId("ended-banner");
        banner.addClassNames("chidao-banner", "chidao-banner-" + action.toLowerCase(Locale.ROOT));
        return banner;
    }
}
