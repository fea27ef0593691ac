package vn.chidao.task;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.chidao.assignment.AssignmentDetail;
import vn.chidao.assignment.AssignmentService;
import vn.chidao.assignment.AssignmentStatus;
import vn.chidao.assignment.DirectiveService;
import vn.chidao.audit.AuditLinks;
import vn.chidao.base.Actor;
import vn.chidao.base.DomainException;
import vn.chidao.base.ForbiddenException;
import vn.chidao.base.HistoryEntry;
import vn.chidao.base.InvalidInputException;
import vn.chidao.base.Messages;
import vn.chidao.base.NotFoundException;
import vn.chidao.base.Role;
import vn.chidao.base.time.AppClock;
import vn.chidao.base.time.Dates;
import vn.chidao.base.ui.CurrentUser;
import vn.chidao.base.ui.EmptyState;
import vn.chidao.base.ui.Feedback;
import vn.chidao.base.ui.HistoryTimeline;
import vn.chidao.deadline.OverdueService;
import vn.chidao.document.AttachmentInfo;
import vn.chidao.document.AttachmentList;
import vn.chidao.document.DocumentService;
import vn.chidao.extension.ExtensionHistory;
import vn.chidao.extension.ExtensionService;
import vn.chidao.periodic.PeriodChips;
import vn.chidao.security.UserService;

/**
 * The task page ({@code assignments/<id>}): the directive, its facts with the deadline and the working days left,
 * the reporting periods of an ongoing directive, the latest report, the coordinating units' contributions, the
 * extension requests, the history (people by their names), one panel per action the caller may take now, and the
 * process diagram in a card that opens on demand. Opened from a queue, the actions (and the report to decide on)
 * come first. The services decide who may read and act; a refusal shows as a message, and after each action the
 * page reloads and, when the status changed, says the new one at the top.
 */
@Route("assignments")
@PermitAll
class AssignmentView extends Div implements HasUrlParameter<Long>, HasDynamicTitle {

    /** The query parameter a queue names itself with when it opens a task. */
    static final String FROM = "from";

    private final AssignmentService assignments;
    private final ExtensionService extensions;
    private final OverdueService overdue;
    private final DirectiveService directives;
    private final ProcessViewService processes;
    private final Messages messages;
    private final AppClock clock;
    private final UserService users;
    private final DocumentService documents;
    private final Actor actor;
    private long id;
    private AssignmentDetail detail;
    /** Opened from a queue ({@code ?from=<queue>}): the actions come first. */
    private boolean fromQueue;
    /** The status before the last action, to tell the new one at the top once it changed; null otherwise. */
    private AssignmentStatus before;
    /** Whether the process card is open; it stays so when the page reloads after an action. */
    private boolean processOpen;

    AssignmentView(AssignmentService assignments, ExtensionService extensions, OverdueService overdue,
                   DirectiveService directives, ProcessViewService processes, UserService users, Messages messages,
                   AppClock clock, CurrentUser user, DocumentService documents) {
        this.documents = documents;
        this.users = users;
        this.assignments = assignments;
        this.extensions = extensions;
        this.overdue = overdue;
        this.directives = directives;
        this.processes = processes;
        this.messages = messages;
        this.clock = clock;
        this.actor = user.actor();
    }

    @Override
    public void setParameter(BeforeEvent event, Long parameter) {
        this.id = parameter;
        this.fromQueue = event.getLocation().getQueryParameters().getSingleParameter(FROM).isPresent();
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
        Map<String, String> names = users.displayNames(people());
        TaskActionsCard actions = new TaskActionsCard(detail, new TaskActionsCard.Services(assignments, extensions,
                overdue, directives, documents, messages, actor, LocalDate.now(clock)), this::act);
        Div main = new Div();
        main.addClassName("chidao-task-main");
        if (fromQueue) {
            // Whoever works through a queue came to decide: the actions first, and the report they decide on.
            main.addClassName("chidao-actions-first");
            main.add(actions);
            addLatestReport(main);
        }
        Paragraph text = new Paragraph(detail.content());
        text.setId("directive-text");
        text.addClassName("chidao-directive-text");
        main.add(new TaskCard("assignment.directive", text), new TaskCard("assignment.facts", new TaskFacts(detail)));
        if (!detail.periods().isEmpty()) {
            main.add(new TaskCard("assignment.period.title", new PeriodChips(detail.periods())));
        }
        if (!fromQueue) {
            addLatestReport(main);
        }
        if (!detail.contributions().isEmpty()) {
            main.add(new TaskCard("assignment.contribution.list",
                    new ContributionCards(detail.contributions(), names, documents, actor)));
        }
        if (!detail.extensions().isEmpty()) {
            main.add(new TaskCard("assignment.extension.list", new ExtensionHistory(detail.extensions(), names)));
        }
        if (!fromQueue) {
            main.add(actions);
        }
        processCard(main);
        HistoryTimeline timeline = new HistoryTimeline();
        timeline.setId("history");
        timeline.setEntries(detail.history(), names, this::filesOf);
        Div side = new Div(new TaskCard("assignment.history", timeline));
        side.addClassName("chidao-task-side");
        if (actor.has(Role.ADMIN)) {
            side.add(auditLink());
        }
        add(new TaskHead(detail, before), main, side);
    }

    /** Everyone the page names: in the history, the contributions and the extension requests. */
    private Set<String> people() {
        Set<String> people = new HashSet<>(HistoryEntry.people(detail.history()));
        detail.contributions().forEach(c -> people.add(c.user()));
        detail.extensions().forEach(e -> {
            people.add(e.requestedBy());
            people.add(e.decidedBy());
        });
        people.remove(null);
        return people;
    }

    private void addLatestReport(Div main) {
        if (detail.report() != null) {
            main.add(latestReport());
        }
    }

    /** The process diagram's card, unless the engine no longer knows the process. */
    private void processCard(Div main) {
        try {
            main.add(new ProcessCard(processes.processView(actor, id), processOpen, open -> processOpen = open));
        } catch (NotFoundException gone) {
            // Nothing to draw; the rest of the page still holds.
        }
    }

    /** For administrators: every change of this assignment, who made it and when, in the audit trail. */
    private Anchor auditLink() {
        Anchor link = new Anchor(AuditLinks.assignment(id), getTranslation("audit.link"));
        link.setId("assignment-audit-link");
        link.addComponentAsFirst(VaadinIcon.RECORDS.create());
        return link;
    }

    /** The latest report and the files sent with it: what the secretariat reads before accepting. */
    private Div latestReport() {
        Paragraph text = new Paragraph(detail.report());
        text.setId("latest-report");
        text.addClassName("chidao-report-text");
        Span at = new Span(getTranslation("assignment.report.sentAt", Dates.format(detail.reportedAt())));
        at.addClassName("chidao-muted");
        TaskCard card = new TaskCard("assignment.report.latest", text, at);
        detail.history().stream().filter(e -> REPORTS.contains(e.action())).reduce((first, second) -> second)
                .map(this::filesOf).ifPresent(files -> {
                    files.setId("latest-report-files");
                    card.add(files);
                });
        return card;
    }

    private static final Set<String> REPORTS = Set.of("REPORTED", "PERIODIC_REPORTED");

    /** The files that came with a line of the history, or null when none did. */
    private AttachmentList filesOf(HistoryEntry entry) {
        List<AttachmentInfo> files = detail.attachments().stream()
                .filter(f -> entry.id() != null && entry.id().equals(f.eventId())).toList();
        return files.isEmpty() ? null : new AttachmentList(documents, actor, files);
    }

    /**
     * Runs an action and reloads the page. A field error goes back to the form or dialog that asked; any
     * other refusal (403, or 409 when someone else acted first) shows the service's reason.
     */
    private void act(Runnable action, String successKey) {
        before = detail == null ? null : detail.status();
        try {
            action.run();
            Feedback.success(getTranslation(successKey));
        } catch (InvalidInputException invalid) {
            throw invalid;
        } catch (DomainException refused) {
            Feedback.refused(messages, refused);
        }
        load();
        before = null;
    }

    private EmptyState accessMessage(DomainException refused) {
        var icon = VaadinIcon.LOCK.create();
        icon.addClassName("chidao-empty-icon-muted");
        Button home = new Button(getTranslation("access.back"), e -> UI.getCurrent().navigate(""));
        home.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new EmptyState("access-message", icon, getTranslation("access.title"),
                Feedback.describe(messages, refused), home);
    }

    @Override
    public String getPageTitle() {
        return detail == null ? getTranslation("assignment.title")
                : getTranslation("assignment.heading", detail.directiveOrdinal(),
                        Objects.toString(detail.conclusionNumber(), ""));
    }
}
