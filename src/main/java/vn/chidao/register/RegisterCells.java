package vn.chidao.register;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.Objects;
import vn.chidao.assignment.AssignmentRow;
import vn.chidao.base.time.Dates;
import vn.chidao.base.ui.Badges;
import vn.chidao.base.ui.DaysLeft;
import vn.chidao.base.ui.RowCard;

/** The cells of the register's grid. */
final class RegisterCells {

    private RegisterCells() {
    }

    /** The conclusion's number above the directive's ordinal and content (two lines at most). */
    static Div directive(AssignmentRow row) {
        Span number = new Span(Objects.toString(row.conclusionNumber(), ""));
        number.addClassName("chidao-cell-overline");
        Span ordinal = new Span(row.directiveOrdinal() + ".");
        ordinal.addClassName("chidao-ordinal");
        // A real link: reachable by keyboard, and opens in a new tab when wanted; the row's click does the rest.
        Anchor content = new Anchor("assignments/" + row.id(), row.content());
        content.addClassNames("chidao-clamp-2", "chidao-row-link");
        content.getElement().setAttribute("title", row.content());
        content.getElement().addEventListener("click", e -> { }).addEventData("event.stopPropagation()");
        Div line = new Div(ordinal, content);
        line.addClassName("chidao-directive-cell");
        return new Div(number, line);
    }

    /** The unit's code, and its part: chủ trì or phối hợp. */
    static Div unit(AssignmentRow row) {
        Span role = Badges.role(row.role());
        role.addClassName("chidao-role");
        Div cell = new Div(new Div(row.unitCode()), role);
        cell.addClassName("chidao-stack");
        return cell;
    }

    /** Where the process stands and how it stands against the deadline. */
    static Div status(AssignmentRow row) {
        Span status = Badges.status(row.status());
        status.addClassName("chidao-status");
        Span timeliness = Badges.timeliness(row.timeliness());
        timeliness.addClassName("chidao-timeliness");
        Div cell = new Div(status, timeliness);
        if (row.latePeriod() != null) {
            Span late = new Span(UI.getCurrent().getTranslation("register.latePeriod", row.latePeriod()));
            late.addClassNames("chidao-days", "chidao-days-overdue", "chidao-late-period");
            cell.add(late);
        }
        cell.addClassName("chidao-stack");
        return cell;
    }

    /** The deadline (dd/MM/yyyy), the original one when it was moved, and the working days left. */
    static Div deadline(AssignmentRow row) {
        Div cell = new Div();
        if (row.deadline() == null) {
            cell.add(DaysLeft.of(null, null));
            return cell;
        }
        cell.add(new Div(Dates.format(row.deadline())));
        if (row.originalDeadline() != null && !row.originalDeadline().equals(row.deadline())) {
            Span original = new Span(UI.getCurrent().getTranslation("register.originalDeadline",
                    Dates.format(row.originalDeadline())));
            original.addClassName("chidao-muted");
            cell.add(new Div(original));
        }
        if (row.daysLeft() != null) {
            cell.add(DaysLeft.of(row.deadline(), row.daysLeft()));
        }
        return cell;
    }

    /**
     * A phone's row: where it stands (status, timeliness), the unit and its part, the directive, the notice and the
     * progress, the deadline with the days left, and the button that opens it.
     */
    static RowCard card(AssignmentRow row) {
        Span role = Badges.role(row.role());
        RowCard card = new RowCard().badges(Badges.status(row.status()), Badges.timeliness(row.timeliness()),
                Badges.plain(row.unitCode(), "badge contrast"), role);
        card.title(row.directiveOrdinal() + ". " + row.content())
                .detail(Objects.toString(row.conclusionNumber(), "")).detail(progress(row));
        Div deadline = deadline(row);
        deadline.addClassName("chidao-row-card-deadline-lines");
        card.detail(deadline);
        Button open = new Button(UI.getCurrent().getTranslation("register.open"), VaadinIcon.ARROW_RIGHT.create(),
                e -> UI.getCurrent().navigate("assignments/" + row.id()));
        open.setIconAfterText(true);
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.getElement().addEventListener("click", e -> { }).addEventData("event.stopPropagation()");
        return card.action(open);
    }

    static Div progress(AssignmentRow row) {
        ProgressBar bar = new ProgressBar(0, 100, row.progressPercent());
        bar.addClassName("chidao-progress");
        Span percent = new Span(row.progressPercent() + "%");
        percent.addClassName("chidao-progress-text");
        Div cell = new Div(bar, percent);
        cell.addClassName("chidao-progress-cell");
        return cell;
    }
}
