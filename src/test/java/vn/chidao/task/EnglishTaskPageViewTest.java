package vn.chidao.task;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import vn.chidao.base.Actor;
import vn.chidao.base.ui.ProcessDiagram;
import vn.chidao.security.UserService;
import vn.chidao.support.Drafts;
import vn.chidao.support.TaskPageTestSupport;
import vn.chidao.support.World;

/**
 * The task page of someone who reads English: the process's steps (named in Vietnamese in the BPMN file) in
 * English, on the card and in the diagram; a reporting period by its name, never its ISO code.
 */
class EnglishTaskPageViewTest extends TaskPageTestSupport {

    @Autowired
    UserService users;
    @Autowired
    MessageSource messages;

    @Test
    void theProcessStepsAreInEnglishOnTheCardAndInTheDiagram() {
        long id = issue(Drafts.inWorkingDays(10, World.SO_A)).get(World.SO_A);
        Actor focal = world.focalPoint(World.SO_A);
        users.changeLanguage(focal, "en");
        open(focal, id);

        assertThat(text("process-step")).isEqualTo("Current step: Acknowledge the directive");
        _get(_get(Div.class, spec -> spec.withId("process-card")), Details.class).setOpened(true);

        ProcessDiagram diagram = _get(ProcessDiagram.class, spec -> spec.withId("process-diagram"));
        assertThat(diagram.getElement().getProperty("xml"))
                .contains("name=\"Acknowledge the directive\"", "name=\"Carry out and report the result\"",
                        "name=\"Deadline watch\"", "id=\"Task_Acknowledge\"", "bpmndi:BPMNShape")
                .doesNotContain("Tiếp nhận nhiệm vụ", "Theo dõi thời hạn");
        assertThat(diagram.getElement().getAttribute("aria-label"))
                .isEqualTo("Process diagram; current step: Acknowledge the directive");
    }

    @Test
    void aVietnameseReaderKeepsTheModelsOwnNames() {
        long id = issue(Drafts.inWorkingDays(10, World.SO_A)).get(World.SO_A);
        open(world.focalPoint(World.SO_A), id);
        _get(_get(Div.class, spec -> spec.withId("process-card")), Details.class).setOpened(true);

        assertThat(text("process-step")).isEqualTo("Đang ở bước: Tiếp nhận nhiệm vụ");
        ProcessDiagram diagram = _get(ProcessDiagram.class);
        assertThat(diagram.getElement().getProperty("xml")).isEqualTo(diagram.view().xml());
    }

    @Test
    void everyNamedStepOfTheModelHasAnEnglishName() throws IOException {
        BpmnModelInstance model;
        try (InputStream in = getClass().getResourceAsStream("/processes/directive-assignment.bpmn")) {
            model = Bpmn.readModelFromStream(in);
        }

        assertThat(model.getModelElementsByType(FlowElement.class)).filteredOn(e -> e.getName() != null)
                .isNotEmpty()
                .allSatisfy(e -> assertThat(messages.getMessage("process.step." + e.getId(), null, null,
                        Locale.ENGLISH)).as(e.getId()).isNotBlank().isNotEqualTo(e.getName()));
    }

    @Test
    void theReportingPeriodIsNamedInEnglishWithoutItsCode() {
        long id = issue(Drafts.ongoingEvery("P1M", World.SO_A)).get(World.SO_A);
        Actor focal = world.focalPoint(World.SO_A);
        users.changeLanguage(focal, "en");
        open(focal, id);

        assertThat(text("report-every")).isEqualTo("Monthly");
    }

    @Test
    void aPeriodOutsideTheEditorsChoicesIsNamedInDays() {
        long id = issue(Drafts.ongoingEvery("P10D", World.SO_A)).get(World.SO_A);
        open(world.focalPoint(World.SO_A), id);

        assertThat(text("report-every")).isEqualTo("Mỗi 10 ngày");
    }
}
