package vn.chidao.task;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.LocalDate;
import java.util.Set;
import vn.chidao.assignment.AssignmentAction;
import vn.chidao.assignment.AssignmentDetail;
import vn.chidao.assignment.AssignmentService;
import vn.chidao.assignment.CancelInput;
import vn.chidao.assignment.CloseInput;
import vn.chidao.assignment.CompletionReport;
import vn.chidao.assignment.ContributionInput;
import vn.chidao.assignment.DirectiveService;
import vn.chidao.assignment.ExtensionView;
import vn.chidao.assignment.PeriodicReportView;
import vn.chidao.base.Actor;
import vn.chidao.base.Messages;
import vn.chidao.base.time.Dates;
import vn.chidao.base.ui.Confirm;
import vn.chidao.deadline.OverdueReviewForm;
import vn.chidao.deadline.OverdueService;
import vn.chidao.document.AttachmentField;
import vn.chidao.document.DocumentService;
import vn.chidao.extension.ExtensionDecisionPanel;
import vn.chidao.extension.ExtensionRequestForm;
import vn.chidao.extension.ExtensionService;
import vn.chidao.periodic.PeriodChips;

/**
 * "Việc cần làm": one panel per action the caller may take now ({@link AssignmentDetail#actions()}), each wired
 * to the service that decides; with none, what the task waits for.
 */
class TaskActionsCard extends TaskCard {

    /** The services and the caller the panels act with. */
    record Services(AssignmentService assignments, ExtensionService extensions, OverdueService overdue,
                    DirectiveService directives, DocumentService documents, Messages messages, Actor actor,
                    LocalDate today) {
    }

    private final Services s;
    private final AssignmentDetail d;
    private final TaskAction act;

    TaskActionsCard(AssignmentDetail detail, Services services, TaskAction act) {
        super("assignment.actions");
        this.s = services;
        this.d = detail;
        this.act = act;
        setId("task-actions");
        Set<AssignmentAction> allowed = detail.actions();
        if (allowed.isEmpty()) {
            Paragraph waiting = new Paragraph(getTranslation("assignment.waiting." + detail.status().name()));
            waiting.setId("waiting-note");
            waiting.addClassName("chidao-muted");
            add(waiting);
        }
        for (AssignmentAction action : allowed) {
            add(action);
        }
    }

    private void add(AssignmentAction action) {
        long id = d.id();
        switch (action) {
            case ACKNOWLEDGE -> add(acknowledge());
            case PROGRESS -> {
                AttachmentField files = files("progress", "document.files.progress");
                add(TaskCard.panel("progress-panel", getTranslation("assignment.progress.title"),
                        new ProgressForm(d.progressPercent(), files, update -> act.run(
                                () -> s.assignments().progress(s.actor(), id, update, files.files()),
                                "assignment.progress.saved"))));
            }
            case REPORT -> add(report());
            case CONTRIBUTE -> {
                AttachmentField files = files("contribution", "document.files.contribution");
                add(TaskCard.panel("contribution-panel", getTranslation("assignment.contribution.title"),
                        new ReportForm("assignment.contribution", "contribution", withdrawNote(), files, false,
                                text -> act.run(() -> s.assignments().contribute(s.actor(), id,
                                        new ContributionInput(text), files.files()), "assignment.contribution.sent"))));
            }
            case REVIEW -> add(TaskCard.panel("review-panel", getTranslation("assignment.review.title"),
                    new AcceptOrReturn("assignment.review", "review", d.unitCode(), (decision, key) -> act.run(
                            () -> s.assignments().review(s.actor(), id, decision), key))));
            case SIGN_OFF -> add(TaskCard.panel("sign-off-panel", getTranslation("assignment.signOff.title"),
                    new AcceptOrReturn("assignment.signOff", "sign-off", d.unitCode(), (decision, key) -> act.run(
                            () -> s.assignments().signOff(s.actor(), id, decision), key))));
            case OVERDUE_REVIEW -> add(TaskCard.panel("overdue-panel", getTranslation("assignment.overdue.title"),
                    new OverdueReviewForm(d.daysLeft() == null ? 0 : -d.daysLeft(), d.unitCode(), s.today(),
                            s.messages(), decision -> act.run(() -> s.overdue().review(s.actor(), id, decision),
                                    "assignment.overdue.done." + decision.decision().name()))));
            case DECIDE_EXTENSION -> add(TaskCard.panel("extension-decision-panel",
                    getTranslation("assignment.extension.decide.title"),
                    new ExtensionDecisionPanel(d.pendingExtension(), d.unitCode(), (decision, key) -> act.run(
                            () -> s.extensions().decide(s.actor(), id, decision), key))));
            case REQUEST_EXTENSION -> {
                AttachmentField files = files("extension", "document.files.extension");
                add(TaskCard.panel("extension-request-panel", getTranslation("assignment.extension.title"),
                        new ExtensionRequestForm(d.deadline(), s.messages(), files, input -> act.run(
                                () -> s.extensions().request(s.actor(), id, input, files.files()),
                                "assignment.extension.sent"))));
            }
            case CANCEL_DIRECTIVE -> add(directiveEnd());
            case CLOSE_DIRECTIVE -> {
                if (!d.actions().contains(AssignmentAction.CANCEL_DIRECTIVE)) {
                    add(directiveEnd());
                }
            }
        }
    }

    private Button acknowledge() {
        Button acknowledge = new Button(getTranslation("assignment.acknowledge"), VaadinIcon.CHECK.create(),
                e -> Confirm.ask(getTranslation("assignment.acknowledge.header"),
                        getTranslation("assignment.acknowledge.text", d.unitCode()),
                        getTranslation("assignment.acknowledge"),
                        () -> act.run(() -> s.assignments().acknowledge(s.actor(), d.id()), "assignment.acknowledged")));
        acknowledge.setId("acknowledge");
        acknowledge.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return acknowledge;
    }

    /** The completion report, or for an ongoing directive the open period's report; both with their files. */
    private Div report() {
        AttachmentField files = files(ReportForm.REPORT_ID,
                d.evidenceRequired() ? "document.files.reportRequired" : "document.files.report");
        boolean periodic = d.deadline() == null;
        String keys = periodic ? "assignment.periodic" : "assignment.report";
        ReportForm form = new ReportForm(keys, ReportForm.REPORT_ID, withdrawNote(), files, d.evidenceRequired(),
                text -> act.run(() -> s.assignments().report(s.actor(), d.id(), new CompletionReport(text),
                        files.files()), keys + ".sent"));
        if (!periodic) {
            return TaskCard.panel("report-panel", getTranslation("assignment.report.title"), form);
        }
        PeriodicReportView open = PeriodChips.open(d.periods());
        String title = open == null ? getTranslation("assignment.periodic.titleAny")
                : getTranslation("assignment.periodic.title", open.period(), Dates.format(open.due()));
        return TaskCard.panel("report-panel", title, form);
    }

    private AttachmentField files(String id, String labelKey) {
        return new AttachmentField(s.documents(), id, labelKey);
    }

    /**
     * Reporting (or contributing) withdraws the unit's pending extension request: the confirmation says so, with the
     * deadline it asked for. Null when nothing waits.
     */
    private String withdrawNote() {
        ExtensionView pending = d.pendingExtension();
        return pending == null ? null
                : getTranslation("assignment.report.withdrawsExtension", Dates.format(pending.requestedDeadline()));
    }

    /** Cancelling the whole directive, and closing it when it is ongoing; one panel for both. */
    private Div directiveEnd() {
        long directiveId = d.directiveId();
        return TaskCard.panel("directive-end-panel", getTranslation("assignment.directive.end.title"),
                new DirectiveEndButtons(d.actions().contains(AssignmentAction.CANCEL_DIRECTIVE),
                        d.actions().contains(AssignmentAction.CLOSE_DIRECTIVE),
                        reason -> act.run(() -> s.directives().cancel(s.actor(), directiveId, new CancelInput(reason)),
                                "assignment.directive.cancelled"),
                        () -> act.run(() -> s.directives().close(s.actor(), directiveId, new CloseInput(null)),
                                "assignment.directive.closed")));
    }
}
