package vn.chidao.conclusion;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.SerializableFunction;
import java.util.List;
import vn.chidao.base.time.Dates;
import vn.chidao.base.ui.Badges;

/**
 * How each unit stands on an issued directive: unit, role, deadline, status and timeliness, each row a link
 * to the unit's task page ({@code assignments/<id>}). The statuses arrive here as names (the assignment
 * feature depends on this one, not the reverse), which {@code Badges} takes as they are.
 */
class AssignmentRows extends Div {

    AssignmentRows(List<AssignmentSummary> assignments, SerializableFunction<String, String> unitLabel) {
        addClassName("chidao-assignments");
        if (assignments.isEmpty()) {
            add(new Span(getTranslation("conclusion.noAssignments")));
        }
        assignments.forEach(a -> add(row(a, unitLabel)));
    }

    private Anchor row(AssignmentSummary a, SerializableFunction<String, String> unitLabel) {
        Span unit = new Span(unitLabel.apply(a.unitCode()));
        unit.addClassName("chidao-assignment-unit");
        Span role = Badges.role(a.role());
        Span deadline = new Span(a.deadline() == null ? getTranslation("timeliness.ONGOING")
                : Dates.format(a.deadline()));
        if (a.originalDeadline() != null && !a.originalDeadline().equals(a.deadline())) {
            deadline.setTitle(getTranslation("conclusion.originalDeadline", Dates.format(a.originalDeadline())));
            deadline.setText(deadline.getText() + " *");
        }
        Span status = Badges.status(a.status());
        Span timeliness = Badges.timeliness(a.timeliness());
        Anchor row = new Anchor("assignments/" + a.id(), "");
        row.add(unit, role, deadline, status, timeliness);
        row.addClassName("chidao-assignment-row");
        row.setId("assignment-" + a.id());
        return row;
    }
}
