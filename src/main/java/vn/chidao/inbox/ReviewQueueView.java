package vn.chidao.inbox;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.commons.lang3.StringUtils;
import vn.chidao.assignment.AssignmentDetail;
import vn.chidao.assignment.AssignmentService;
import vn.chidao.assignment.AssignmentStatus;
import vn.chidao.assignment.ReviewDecision;
import vn.chidao.assignment.Timeliness;
import vn.chidao.base.Actor;
import vn.chidao.base.DomainException;
import vn.chidao.base.InvalidInputException;
import vn.chidao.base.Messages;
import vn.chidao.base.time.AppClock;
import vn.chidao.base.time.Dates;
import vn.chidao.base.ui.Badges;
import vn.chidao.base.ui.CommentDialog;
import vn.chidao.base.ui.Confirm;
import vn.chidao.base.ui.CurrentUser;
import vn.chidao.base.ui.EmptyState;
import vn.chidao.base.ui.Feedback;
import vn.chidao.base.ui.PhoneCards;
import vn.chidao.base.ui.RowCard;
import vn.chidao.document.AttachmentInfo;
import vn.chidao.document.AttachmentList;
import vn.chidao.document.DocumentService;

/**
 * The secretariat's queue of completion reports, nearest deadline first: read the report in the row, beside the
 * buttons that accept it or return it with a comment, without leaving the list. The confirmation names the unit
 * and the directive.
 */
@Route("review")
@Menu(title = "menu.review", icon = "vaadin:clipboard-check", order = 12)
@RolesAllowed("SECRETARIAT")
class ReviewQueueView extends VerticalLayout implements HasDynamicTitle {

    private static final Set<TaskKind> REVIEW = Set.of(TaskKind.REVIEW);
    /** How much of the directive the confirmation quotes. */
    private static final int QUOTED = 160;

    final Grid<TaskItem> grid = new Grid<>();
    final PhoneCards<TaskItem> cards;
    private final EmptyState empty;
    private final InboxService inbox;
    private final AssignmentService assignments;
    private final Messages messages;
    private final AppClock clock;
    private final Actor actor;
    /** The reports of the rows loaded last, by assignment id: one query per page of the grid. */
    private final Map<Long, String> reports = new HashMap<>();
    /** The files of those reports, read with them. */
    private final Map<Long, List<AttachmentInfo>> files = new HashMap<>();
    private final DocumentService documents;

    ReviewQueueView(InboxService inbox, AssignmentService assignments, Messages messages, AppClock clock,
                    CurrentUser user, DocumentService documents) {
        this.documents = documents;
        this.inbox = inbox;
        this.assignments = assignments;
        this.messages = messages;
        this.clock = clock;
        this.actor = user.actor();
        addClassName("chidao-review");
        setSizeFull();
        configureGrid();
        cards = PhoneCards.add(grid, this::card);
        empty = new EmptyState("review-empty", VaadinIcon.CLIPBOARD_CHECK.create(), getTranslation("review.empty"),
                getTranslation("review.empty.hint"));
        add(empty, grid);
        refresh();
    }

    private void configureGrid() {
        grid.setId("review-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(TaskItem::unitCode).setHeader(getTranslation("review.unit")).setKey("unit")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(ReviewQueueView::directiveCell).setHeader(getTranslation("review.directive"))
                .setKey("directive").setFlexGrow(3);
        grid.addComponentColumn(this::deadlineCell).setHeader(getTranslation("review.deadline"))
                .setKey("deadline").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(t -> t.createdAt() == null ? "" : Dates.format(t.createdAt().toLocalDate()))
                .setHeader(getTranslation("review.reported")).setKey("reported").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(t -> Badges.timeliness(ifAccepted(t))).setHeader(getTranslation("review.ifAccepted"))
                .setKey("timeliness").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::reportCell).setHeader(getTranslation("review.report")).setKey("report")
                .setFlexGrow(4);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("review.actions")).setKey("actions")
                .setAutoWidth(true).setFlexGrow(0);
        grid.getColumns().forEach(c -> c.setSortable(false));
        grid.setDetailsVisibleOnClick(false);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(this::reportPreview));
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.setItems(query -> withReports(inbox.tasks(actor, REVIEW,
                VaadinSpringDataHelpers.toSpringPageRequest(query)).getContent()).stream(),
                query -> (int) inbox.count(actor, REVIEW));
    }

    /** Reads the reports of a page of rows at once, for their report cells. */
    private List<TaskItem> withReports(List<TaskItem> page) {
        reports.clear();
        List<Long> ids = page.stream().map(TaskItem::assignmentId).toList();
        reports.putAll(assignments.reports(actor, ids));
        files.clear();
        files.putAll(assignments.reportFiles(actor, ids));
        return page;
    }

    /**
     * The report's text, four lines at most (the whole of it on hover, or with the report button), then its files,
     * each a download link: what the secretariat opens before deciding.
     */
    private Div reportCell(TaskItem task) {
        String report = reports.get(task.assignmentId());
        Div text = new Div();
        text.setText(report == null ? getTranslation("review.noReport") : report);
        text.addClassNames("chidao-clamp-4", "chidao-review-report-text");
        if (report != null) {
            text.getElement().setAttribute("title", report);
        }
        List<AttachmentInfo> attached = files.getOrDefault(task.assignmentId(), List.of());
        Div documentsOfReport = attached.isEmpty() ? new Div() : new AttachmentList(documents, actor, attached);
        documentsOfReport.addClassName("chidao-report-files");
        documentsOfReport.setVisible(!attached.isEmpty());
        Div cell = new Div(text, documentsOfReport);
        cell.addClassName("chidao-review-report");
        return cell;
    }

    /**
     * A phone's row: the unit, the directive, its notice, the deadline, what the register will say, the report
     * (four lines) and the decision: accept, or return with a comment.
     */
    private RowCard card(TaskItem task) {
        Button accept = decision(VaadinIcon.CHECK, "review.accept", "chidao-accept", () -> confirmAccept(task));
        accept.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        Button giveBack = decision(VaadinIcon.REPLY, "review.return", "chidao-return", () -> askReturn(task));
        giveBack.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return new RowCard().badges(Badges.plain(task.unitCode(), "badge contrast"), Badges.timeliness(ifAccepted(task)))
                .title(task.title()).detail(task.conclusionNumber()).detail(reportCell(task))
                .deadline(task.deadline(), InboxView.daysLeftCell(task)).action(accept, giveBack);
    }

    private Button decision(VaadinIcon icon, String labelKey, String className, Runnable action) {
        Button button = button(icon, labelKey, className, action);
        button.removeThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.setText(getTranslation(labelKey));
        return button;
    }

    private static Div directiveCell(TaskItem task) {
        Span number = new Span(task.conclusionNumber() == null ? "" : task.conclusionNumber());
        number.addClassName("chidao-cell-overline");
        Div content = new Div();
        content.setText(task.title());
        content.addClassName("chidao-clamp-2");
        content.getElement().setAttribute("title", task.title());
        return new Div(number, content);
    }

    private Div deadlineCell(TaskItem task) {
        Div cell = new Div();
        if (task.deadline() != null) {
            cell.add(new Div(Dates.format(task.deadline())));
        }
        cell.add(InboxView.daysLeftCell(task));
        return cell;
    }

    /** What the register will say once accepted: the report's day against the deadline. */
    private Timeliness ifAccepted(TaskItem task) {
        LocalDate reportedOn = task.createdAt() == null ? null : task.createdAt().toLocalDate();
        return Timeliness.of(AssignmentStatus.DONE, task.deadline(), reportedOn, LocalDate.now(clock));
    }

    private HorizontalLayout actions(TaskItem task) {
        Button report = button(VaadinIcon.FILE_TEXT_O, "review.showReport", "chidao-show-report",
                () -> grid.setDetailsVisible(task, !grid.isDetailsVisible(task)));
        Button accept = button(VaadinIcon.CHECK, "review.accept", "chidao-accept", () -> confirmAccept(task));
        accept.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        accept.setText(getTranslation("review.accept"));
        Button giveBack = button(VaadinIcon.REPLY, "review.return", "chidao-return", () -> askReturn(task));
        giveBack.addThemeVariants(ButtonVariant.LUMO_ERROR);
        giveBack.setText(getTranslation("review.return"));
        Button open = button(VaadinIcon.ARROW_RIGHT, "review.open", "chidao-open", () -> open(task));
        HorizontalLayout buttons = new HorizontalLayout(report, accept, giveBack, open);
        buttons.setSpacing(false);
        buttons.addClassName("chidao-row-actions");
        return buttons;
    }

    private Button button(VaadinIcon icon, String labelKey, String className, Runnable action) {
        Button button = new Button(icon.create(), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.addClassName(className);
        button.setTooltipText(getTranslation(labelKey));
        button.setAriaLabel(getTranslation(labelKey));
        button.getElement().addEventListener("click", e -> { }).addEventData("event.stopPropagation()");
        return button;
    }

    private Div reportPreview(TaskItem task) {
        Div preview = new Div();
        preview.addClassName("chidao-report-preview");
        try {
            AssignmentDetail detail = assignments.get(actor, task.assignmentId());
            String text = detail.report() == null ? getTranslation("review.noReport") : detail.report();
            preview.add(new Paragraph(text));
        } catch (DomainException refused) {
            preview.add(new Paragraph(Feedback.describe(messages, refused)));
        }
        return preview;
    }

    private void confirmAccept(TaskItem task) {
        Confirm.ask(getTranslation("review.accept.header"),
                getTranslation("review.accept.text", task.unitCode(), StringUtils.abbreviate(task.title(), QUOTED),
                        Objects.toString(task.conclusionNumber(), "")),
                getTranslation("review.accept"),
                () -> decide(task, new ReviewDecision(ReviewDecision.Decision.ACCEPT, null), "review.accepted"));
    }

    private void askReturn(TaskItem task) {
        new CommentDialog(getTranslation("review.return.header", task.unitCode(),
                StringUtils.abbreviate(task.title(), QUOTED)), getTranslation("review.return.label"),
                getTranslation("review.return"),
                comment -> decide(task, new ReviewDecision(ReviewDecision.Decision.RETURN, comment), "review.returned"))
                .open();
    }

    /** Records the decision; a missing comment goes back to the dialog, any other refusal is shown. */
    private void decide(TaskItem task, ReviewDecision decision, String successKey) {
        try {
            assignments.review(actor, task.assignmentId(), decision);
            Feedback.success(getTranslation(successKey));
        } catch (InvalidInputException invalid) {
            throw invalid;
        } catch (DomainException refused) {
            Feedback.refused(messages, refused);
        }
        refresh();
    }

    private void open(TaskItem task) {
        TaskPages.openFromQueue(task, "review");
    }

    void refresh() {
        boolean none = inbox.count(actor, REVIEW) == 0;
        empty.setVisible(none);
        grid.setVisible(!none);
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.review");
    }
}
