package vn.chidao.conclusion;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import vn.chidao.base.time.Dates;
import vn.chidao.base.ui.CurrentUser;

/** The leader's desk: the conclusions awaiting approval, oldest meeting first, each one click from its review. */
@Route("approvals")
@Menu(title = "menu.approvals", icon = "vaadin:check-square-o", order = 15)
@RolesAllowed("LEADER")
class ApprovalView extends VerticalLayout implements HasDynamicTitle {

    private static final ConclusionFilter AWAITING = new ConclusionFilter(ConclusionStatus.AWAITING_APPROVAL, null);
    private static final Sort OLDEST_MEETING_FIRST = Sort.by("meetingDate", "id");

    final Grid<ConclusionSummary> grid = new Grid<>();

    ApprovalView(ConclusionService conclusions, CurrentUser user) {
        setSizeFull();
        addClassName("chidao-approvals");
        Paragraph intro = new Paragraph(getTranslation("approvals.intro"));
        intro.addClassName("chidao-conclusion-muted");
        grid.setId("approvals");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_NO_BORDER);
        grid.addComponentColumn(this::card).setKey("conclusion").setHeader(getTranslation("approvals.conclusion"))
                .setFlexGrow(1);
        grid.addComponentColumn(this::open).setKey("open").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> conclusions.page(user.actor(), AWAITING,
                        PageRequest.of(query.getPage(), query.getPageSize(), OLDEST_MEETING_FIRST)).stream(),
                query -> (int) conclusions.page(user.actor(), AWAITING, PageRequest.of(0, 1)).getTotalElements());
        grid.addItemClickListener(e -> open(e.getItem().id()));
        Paragraph empty = new Paragraph(getTranslation("approvals.empty"));
        empty.addClassName("chidao-conclusion-empty");
        empty.setId("empty-state");
        grid.setEmptyStateComponent(empty);
        add(intro, grid);
    }

    private Div card(ConclusionSummary c) {
        Span title = new Span(c.title());
        title.addClassName("chidao-approval-title");
        Span meta = new Span(getTranslation("approvals.meta", c.committee(), Dates.format(c.meetingDate()),
                c.directiveCount()));
        meta.addClassName("chidao-conclusion-muted");
        Div card = new Div(title, meta);
        card.addClassName("chidao-approval-card");
        return card;
    }

    private Button open(ConclusionSummary c) {
        Button open = new Button(getTranslation("approvals.open"), VaadinIcon.ARROW_RIGHT.create(),
                e -> open(c.id()));
        open.setIconAfterText(true);
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.setId("open-" + c.id());
        return open;
    }

    private static void open(long id) {
        UI.getCurrent().navigate("conclusions/" + id);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.approvals");
    }
}
