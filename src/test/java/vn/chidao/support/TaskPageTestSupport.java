package vn.chidao.support;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import vn.chidao.assignment.AssignmentService;
import vn.chidao.base.Actor;
import vn.chidao.conclusion.ConclusionDetail;
import vn.chidao.conclusion.DirectiveDraft;
import vn.chidao.extension.ExtensionService;

/**
 * The task page's lifecycle panels, as each role sees them. The clock starts on Monday 4/3/2024, 09:00, the issue
 * day; a directive due in 10 working days is due on Monday 18/3/2024.
 */
public abstract class TaskPageTestSupport extends KaribuSupport {

    protected static final LocalDate ISSUED = LocalDate.of(2024, 3, 4);
    protected static final LocalDate DEADLINE = LocalDate.of(2024, 3, 18);

    @Autowired
    protected AssignmentService assignments;
    @Autowired
    protected ExtensionService extensions;
    @Autowired
    protected Steps steps;
    @Autowired
    protected Processes processes;

    protected World world;
    protected ConclusionDetail issued;

    /** A new world, the clock on the issue day, and the directive issued: the units' assignments by unit code. */
    protected Map<String, Long> issue(DirectiveDraft directive) {
        world = fixtures.newWorld();
        time.startAt(ISSUED, 9, 0);
        issued = fixtures.issue(world, Drafts.conclusion(ISSUED.minusDays(3), directive));
        Map<String, Long> ids = new HashMap<>();
        issued.directives().get(0).assignments().forEach(a -> ids.put(a.unitCode(), a.id()));
        return ids;
    }

    protected void open(Actor actor, long id) {
        loginAs(actor);
        UI.getCurrent().navigate("assignments/" + id);
    }

    protected static void click(String id) {
        _click(_get(Button.class, spec -> spec.withId(id)));
    }

    protected static String text(String id) {
        return _get(Span.class, spec -> spec.withId(id)).getText();
    }

    protected static String textOf(String id) {
        return _get(Div.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    protected static String timeline() {
        return textOf("history");
    }
}
