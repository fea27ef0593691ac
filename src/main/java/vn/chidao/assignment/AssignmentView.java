package vn.chidao.assignment;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import vn.chidao.base.Actor;
import vn.chidao.base.DomainException;
import vn.chidao.base.ForbiddenException;
import vn.chidao.base.InvalidInputException;
import vn.chidao.base.Messages;
import vn.chidao.base.NotFoundException;
import vn.chidao.base.time.Dates;
import vn.chidao.base.ui.Badges;
import vn.chidao.base.ui.CommentDialog;
import vn.chidao.base.ui.Confirm;
import vn.chidao.base.ui.CurrentUser;
import vn.chidao.base.ui.DaysLeft;
import vn.chidao.base.ui.EmptyState;
import vn.chidao.base.ui.Feedback;
import vn.chidao.base.ui.HistoryTimeline;

/**
 * The task page ({@code assignments/<id>}): the directive, its conclusion, the unit's part, deadline and
 * progress, the latest report, the history, and the actions the caller may take now. The service decides
 * who may read and act; a refusal shows as a message, and after each action the page reloads.
 */
@Route("assignments")
@PermitAll
class AssignmentView extends Div implements HasUrlParameter<Long>, HasDynamicTitle {

    private final AssignmentService assignments;
    private final Messages messages;
    private final Actor actor;
    private long id;
    private AssignmentDetail detail;

    AssignmentView(AssignmentService assignments, Messages messages, CurrentUser user) {
        this.assignments = assignments;
        this.messages = messages;
        this.actor = user.actor();
    }

    @Override
    public void setParameter(BeforeEvent event, Long parameter) {
        this.id = parameter;
        load();
    }

    private void load() {
        removeAll();
        try {
            detail = assignments.get(actor, id);
        } catch (ForbiddenException | NotFoundException refused) {
            detail = null;
            removeClassName("chidao-task-page");
            add(accessMessage(refused));
            return;
        }
        addClassName("chidao-task-page");
        Div main = new Div(directive(), facts());
        main.addClassName("chidao-task-main");
        if (detail.report() != null) {
            main.add(latestReport());
        }
        main.add(actions());
        Div side = new Div(history());
        side.addClassName("chidao-task-side");
        add(head(), main, side);
    }

    private Div head() {
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
        Div head = new Div(back, badges);
        head.addClassName("chidao-task-head");
        return head;
    }

    private Div directive() {
        Paragraph text = new Paragraph(detail.content());
        text.setId("directive-text");
        text.addClassName("chidao-directive-text");
        return card("assignment.directive", text);
    }

    private Div facts() {
        Anchor conclusion = new Anchor("conclusions/" + detail.conclusionId(),
                Objects.toString(detail.conclusionNumber(), "") + " — " + detail.conclusionTitle());
        conclusion.setId("conclusion-link");
        Div facts = new Div();
        facts.addClassName("chidao-facts");
        fact(facts, "assignment.conclusion", conclusion);
        fact(facts, "assignment.committee", new Span(detail.committee()));
        fact(facts, "assignment.meetingDate", new Span(Dates.format(detail.meetingDate())));
        Span unit = new Span(detail.unitName() + " (" + detail.unitCode() + ")");
        unit.setId("unit");
        fact(facts, "assignment.unit", unit, Badges.role(detail.role()));
        Span deadline = new Span(detail.deadline() == null ? getTranslation("timeliness.ONGOING")
                : Dates.format(detail.deadline()));
        deadline.setId("deadline");
        if (detail.deadline() == null) {
            fact(facts, "assignment.deadline", deadline);
        } else {
            Span daysLeft = DaysLeft.of(detail.deadline(), detail.daysLeft());
            daysLeft.setId("days-left");
            fact(facts, "assignment.deadline", deadline, daysLeft);
        }
        if (detail.originalDeadline() != null && !detail.originalDeadline().equals(detail.deadline())) {
            Span original = new Span(Dates.format(detail.originalDeadline()));
            original.setId("original-deadline");
            fact(facts, "assignment.originalDeadline", original);
        }
        ProgressBar bar = new ProgressBar(0, 100, detail.progressPercent());
        bar.setId("progress-bar");
        bar.addClassName("chidao-progress");
        Span percent = new Span(detail.progressPercent() + "%");
        percent.setId("progress-percent-text");
        fact(facts, "assignment.progress", bar, percent);
        fact(facts, "assignment.assignedAt", new Span(when(detail.createdAt())));
        if (detail.acknowledgedAt() != null) {
            fact(facts, "assignment.acknowledgedAt", new Span(when(detail.acknowledgedAt())));
        }
        if (detail.completedAt() != null) {
            fact(facts, "assignment.completedAt", new Span(when(detail.completedAt())));
        }
        return card("assignment.facts", facts);
    }

    private void fact(Div facts, String labelKey, Component... value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("chidao-fact-label");
        Div content = new Div(value);
        content.addClassName("chidao-fact-value");
        facts.add(label, content);
    }

    private Div latestReport() {
        Paragraph text = new Paragraph(detail.report());
        text.setId("latest-report");
        text.addClassName("chidao-report-text");
        Span at = new Span(getTranslation("assignment.report.sentAt", when(detail.reportedAt())));
        at.addClassName("chidao-muted");
        return card("assignment.report.latest", text, at);
    }

    private Div actions() {
        Div box = card("assignment.actions");
        box.setId("task-actions");
        Set<AssignmentAction> allowed = detail.actions();
        if (allowed.isEmpty()) {
            Paragraph waiting = new Paragraph(getTranslation("assignment.waiting." + detail.status().name()));
            waiting.setId("waiting-note");
            waiting.addClassName("chidao-muted");
            box.add(waiting);
        }
        if (allowed.contains(AssignmentAction.ACKNOWLEDGE)) {
            Button acknowledge = new Button(getTranslation("assignment.acknowledge"), VaadinIcon.CHECK.create(),
                    e -> Confirm.ask(getTranslation("assignment.acknowledge.header"),
                            getTranslation("assignment.acknowledge.text", detail.unitCode()),
                            getTranslation("assignment.acknowledge"),
                            () -> act(() -> assignments.acknowledge(actor, id), "assignment.acknowledged")));
            acknowledge.setId("acknowledge");
            acknowledge.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            box.add(acknowledge);
        }
        if (allowed.contains(AssignmentAction.PROGRESS)) {
            box.add(subtitle("assignment.progress.title"), new ProgressForm(detail.progressPercent(),
                    update -> act(() -> assignments.progress(actor, id, update), "assignment.progress.saved")));
        }
        if (allowed.contains(AssignmentAction.REPORT)) {
            box.add(subtitle("assignment.report.title"), new ReportForm(
                    report -> act(() -> assignments.report(actor, id, report), "assignment.report.sent")));
        }
        if (allowed.contains(AssignmentAction.REVIEW)) {
            box.add(reviewButtons());
        }
        return box;
    }

    private Div reviewButtons() {
        Button accept = new Button(getTranslation("assignment.review.accept"), VaadinIcon.CHECK.create(),
                e -> Confirm.ask(getTranslation("assignment.review.accept.header"),
                        getTranslation("assignment.review.accept.text", detail.unitCode()),
                        getTranslation("assignment.review.accept"),
                        () -> act(() -> review(ReviewDecision.Decision.ACCEPT, null), "assignment.review.accepted")));
        accept.setId("review-accept");
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        Button giveBack = new Button(getTranslation("assignment.review.return"), VaadinIcon.REPLY.create(),
                e -> new CommentDialog(getTranslation("assignment.review.return.header"),
                        getTranslation("assignment.review.return.label"), getTranslation("assignment.review.return"),
                        comment -> act(() -> review(ReviewDecision.Decision.RETURN, comment),
                                "assignment.review.returned")).open());
        giveBack.setId("review-return");
        giveBack.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Div buttons = new Div(accept, giveBack);
        buttons.addClassName("chidao-button-row");
        return buttons;
    }

    private AssignmentDetail review(ReviewDecision.Decision decision, String comment) {
        return assignments.review(actor, id, new ReviewDecision(decision, comment));
    }

    /**
     * Runs an action and reloads the page. A field error goes back to the form or dialog that asked; any
     * other refusal (403, or 409 when someone else acted first) shows the service's reason.
     */
    private void act(Supplier<AssignmentDetail> action, String successKey) {
        try {
            action.get();
            Feedback.success(getTranslation(successKey));
        } catch (InvalidInputException invalid) {
            throw invalid;
        } catch (DomainException refused) {
            Feedback.refused(messages, refused);
        }
        load();
    }

    private Div history() {
        HistoryTimeline timeline = new HistoryTimeline();
        timeline.setId("history");
        timeline.setEntries(detail.history());
        return card("assignment.history", timeline);
    }

    private EmptyState accessMessage(DomainException refused) {
        var icon = VaadinIcon.LOCK.create();
        icon.addClassName("chidao-empty-icon-muted");
        Button home = new Button(getTranslation("access.back"), e -> UI.getCurrent().navigate(""));
        home.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new EmptyState("access-message", icon, getTranslation("access.title"),
                Feedback.describe(messages, refused), home);
    }

    private Div card(String titleKey, Component... content) {
        Div card = new Div();
        card.addClassName("chidao-card");
        card.add(new H3(getTranslation(titleKey)));
        card.add(content);
        return card;
    }

    private Component subtitle(String key) {
        Span subtitle = new Span(getTranslation(key));
        subtitle.addClassName("chidao-card-subtitle");
        return subtitle;
    }

    private static String when(OffsetDateTime at) {
        return at == null ? "" : Dates.DAY_TIME.format(at.atZoneSameInstant(Dates.ZONE));
    }

    @Override
    public String getPageTitle() {
        return detail == null ? getTranslation("assignment.title")
                : getTranslation("assignment.heading", detail.directiveOrdinal(),
                        Objects.toString(detail.conclusionNumber(), ""));
    }
}
