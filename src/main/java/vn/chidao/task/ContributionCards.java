package vn.chidao.task;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Map;
import vn.chidao.assignment.ContributionView;
import vn.chidao.base.Actor;
import vn.chidao.base.time.Dates;
import vn.chidao.document.AttachmentList;
import vn.chidao.document.DocumentService;

/** The coordinating units' contributions as cards: the unit, who sent it (their name) and when, and the text. */
class ContributionCards extends Div {

    private final Map<String, String> names;
    private final DocumentService documents;
    private final Actor actor;

    ContributionCards(List<ContributionView> contributions, Map<String, String> displayNames,
                      DocumentService documents, Actor actor) {
        this.names = Map.copyOf(displayNames);
        this.documents = documents;
        this.actor = actor;
        setId("contributions");
        addClassName("chidao-contributions");
        contributions.forEach(c -> add(card(c)));
    }

    private Div card(ContributionView c) {
        Span unit = new Span(c.unitName() + " (" + c.unitCode() + ")");
        unit.addClassName("chidao-contribution-unit");
        Span meta = new Span(names.getOrDefault(c.user(), c.user()) + " · " + Dates.format(c.at()));
        meta.addClassName("chidao-muted");
        Div head = new Div(unit, meta);
        head.addClassName("chidao-contribution-head");
        Paragraph text = new Paragraph(c.text());
        text.addClassName("chidao-contribution-text");
        Div card = new Div(head, text);
        if (!c.attachments().isEmpty()) {
            card.add(new AttachmentList(documents, actor, c.attachments()));
        }
        card.addClassName("chidao-contribution");
        card.setId("contribution-" + c.assignmentId());
        return card;
    }
}
