package vn.chidao.conclusion;

import static com.github.mvysny.kaributesting.v10.ComboBoxKt._fireCustomValueSet;
import static com.github.mvysny.kaributesting.v10.ComboBoxKt.selectByLabel;
import static com.github.mvysny.kaributesting.v10.HasValidationUtilsKt._expectInvalid;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.getCurrentPath;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import vn.chidao.base.HistoryEntry;
import vn.chidao.organisation.UnitDto;
import vn.chidao.security.UserDto;
import vn.chidao.support.KaribuSupport;
import vn.chidao.support.World;

class ConclusionEditorViewTest extends KaribuSupport {

    private static final LocalDate MEETING = LocalDate.of(2025, 6, 15);

    @Autowired
    ConclusionService conclusions;

    @Test
    void theSecretariatDraftsTwoDirectivesAndSavesThem() {
        World world = fixtures.newWorld();
        loginAs(world.secretariat());
        UI.getCurrent().navigate("conclusions/new");

        fillHeader();
        fillDirective(0, "Xây dựng kế hoạch chuyển đổi số", World.SO_A, MEETING.plusDays(30));
        _setValue(multiCombo("directive-0-coordinating"), Set.of(unit("directive-0-coordinating", World.HUYEN_A)));
        _click(_get(Button.class, s -> s.withId("add-directive")));
        fillDirective(1, "Rà soát hạ tầng viễn thông", World.SO_B, null);
        _setValue(deadlineKind(1), DirectiveForm.DeadlineKind.ONGOING);
        _click(_get(Button.class, s -> s.withId("save")));

        List<ConclusionSummary> saved = conclusions.page(world.secretariat(), ConclusionFilter.all(),
                PageRequest.of(0, 10)).getContent();
        assertThat(saved).hasSize(1);
        ConclusionDetail detail = conclusions.get(world.secretariat(), saved.get(0).id());
        assertThat(detail.status()).isEqualTo(ConclusionStatus.DRAFT);
        assertThat(detail.committee()).isEqualTo("Ban Chỉ đạo chuyển đổi số");
        assertThat(detail.meetingDate()).isEqualTo(MEETING);
        assertThat(detail.directives()).hasSize(2);
        ConclusionDetail.DirectiveDetail first = detail.directives().get(0);
        assertThat(first.leadUnit()).isEqualTo(World.SO_A);
        assertThat(first.coordinatingUnits()).containsExactly(World.HUYEN_A);
        assertThat(first.deadline()).isEqualTo(MEETING.plusDays(30));
        ConclusionDetail.DirectiveDetail second = detail.directives().get(1);
        assertThat(second.leadUnit()).isEqualTo(World.SO_B);
        assertThat(second.ongoing()).isTrue();
        assertThat(second.deadline()).isNull();
        assertThat(getCurrentPath()).isEqualTo("conclusions/" + detail.id() + "/edit");
    }

    @Test
    void aDeadlineBeforeTheMeetingShowsOnThatDirectivesDeadlineAndNothingIsSaved() {
        World world = fixtures.newWorld();
        loginAs(world.secretariat());
        UI.getCurrent().navigate("conclusions/new");

        fillHeader();
        fillDirective(0, "Nhiệm vụ đúng hạn", World.SO_A, MEETING.plusDays(10));
        _click(_get(Button.class, s -> s.withId("add-directive")));
        fillDirective(1, "Nhiệm vụ hạn sai", World.SO_B, MEETING.minusDays(1));
        _click(_get(Button.class, s -> s.withId("save")));

        _expectInvalid(datePicker("directive-1-deadline"), "thời hạn không được trước ngày họp 15/06/2025");
        assertThat(datePicker("directive-0-deadline").isInvalid()).isFalse();
        assertThat(conclusions.page(world.secretariat(), ConclusionFilter.all(), PageRequest.of(0, 10))).isEmpty();
    }

    @Test
    void aDirectiveWithoutLeadUnitIsMarkedBeforeTheServiceIsAsked() {
        World world = fixtures.newWorld();
        loginAs(world.secretariat());
        UI.getCurrent().navigate("conclusions/new");

        fillHeader();
        _setValue(_get(TextArea.class, s -> s.withId("directive-0-content")), "Không có chủ trì");
        _setValue(datePicker("directive-0-deadline"), MEETING.plusDays(5));
        _click(_get(Button.class, s -> s.withId("save")));

        _expectInvalid(combo("directive-0-lead"), "không được để trống");
        assertThat(conclusions.page(world.secretariat(), ConclusionFilter.all(), PageRequest.of(0, 10))).isEmpty();
    }

    @Test
    void theLeadUnitIsNotOfferedAsCoordinator() {
        World world = fixtures.newWorld();
        loginAs(world.secretariat());
        UI.getCurrent().navigate("conclusions/new");

        selectByLabel(combo("directive-0-lead"), World.SO_A + " · Sở A");

        assertThat(multiCombo("directive-0-coordinating").getListDataView().getItems().map(UnitDto::code))
                .containsExactlyInAnyOrder(World.SO_B, World.HUYEN_A);
    }

    @Test
    void submittingSavesAndSendsTheDraftToTheLeaders() {
        World world = fixtures.newWorld();
        loginAs(world.secretariat());
        UI.getCurrent().navigate("conclusions/new");

        fillHeader();
        fillDirective(0, "Xây dựng kế hoạch", World.SO_A, MEETING.plusDays(30));
        _click(_get(Button.class, s -> s.withId("submit")));
        _fireConfirm(_get(ConfirmDialog.class));

        ConclusionSummary submitted = conclusions.page(world.secretariat(), ConclusionFilter.all(),
                PageRequest.of(0, 10)).getContent().get(0);
        assertThat(submitted.status()).isEqualTo(ConclusionStatus.AWAITING_APPROVAL);
        assertThat(getCurrentPath()).isEqualTo("conclusions/" + submitted.id());
    }

    @Test
    void savingThenSubmittingWritesOneHistoryLinePerChangeAndShowsTheNewStatusAtTheTop() {
        World world = fixtures.newWorld();
        loginAs(world.secretariat());
        UI.getCurrent().navigate("conclusions/new");
        fillHeader();
        fillDirective(0, "Xây dựng kế hoạch", World.SO_A, MEETING.plusDays(30));
        _click(_get(Button.class, s -> s.withId("save")));
        _setValue(_get(TextArea.class, s -> s.withId("title")), "Kết luận phiên họp thứ 3");
        _click(_get(Button.class, s -> s.withId("save")));

        _click(_get(Button.class, s -> s.withId("submit")));
        _fireConfirm(_get(ConfirmDialog.class));

        ConclusionDetail submitted = onlyConclusionOf(world);
        assertThat(submitted.history()).extracting(HistoryEntry::action)
                .containsExactly("CREATED", "UPDATED", "SUBMITTED");
        Span status = _get(Span.class, s -> s.withId("conclusion-status"));
        assertThat(status.getText()).isEqualTo("Chờ duyệt");
        Component page = _get(ConclusionView.class);
        assertThat(page.getChildren().findFirst().orElseThrow().getElement().getTextRecursively())
                .contains("Chờ duyệt");
    }

    @Test
    void editingLoadsTheDraftAndSavesTheChange() {
        World world = fixtures.newWorld();
        ConclusionDetail draft = conclusions.create(world.secretariat(), fixtures.draft());
        loginAs(world.secretariat());
        UI.getCurrent().navigate("conclusions/" + draft.id() + "/edit");

        TextArea title = _get(TextArea.class, s -> s.withId("title"));
        assertThat(title.getValue()).isEqualTo(draft.title());
        assertThat(ConclusionEditorViewTest.<UnitDto>combo("directive-0-lead").getValue().code()).isEqualTo(World.SO_A);
        _setValue(title, "Kết luận đã sửa");
        _click(_get(Button.class, s -> s.withId("save")));

        assertThat(conclusions.get(world.secretariat(), draft.id()).title()).isEqualTo("Kết luận đã sửa");
    }

    @Test
    void aDirectiveCanRequireEvidenceAndTheEditorKeepsIt() {
        World world = fixtures.newWorld();
        ConclusionDetail draft = conclusions.create(world.secretariat(), fixtures.draft());
        loginAs(world.secretariat());
        UI.getCurrent().navigate("conclusions/" + draft.id() + "/edit");

        Checkbox evidence = _get(Checkbox.class, s -> s.withId("directive-0-evidence"));
        assertThat(evidence.getValue()).isFalse();
        _setValue(evidence, true);
        _click(_get(Button.class, s -> s.withId("save")));

        assertThat(conclusions.get(world.secretariat(), draft.id()).directives().get(0).evidenceRequired()).isTrue();
        UI.getCurrent().navigate("conclusions/" + draft.id() + "/edit");
        assertThat(_get(Checkbox.class, s -> s.withId("directive-0-evidence")).getValue()).isTrue();
    }

    @Test
    void aSubmittedConclusionCannotBeEdited() {
        World world = fixtures.newWorld();
        ConclusionDetail draft = conclusions.create(world.secretariat(), fixtures.draft());
        conclusions.submit(world.secretariat(), draft.id());
        loginAs(world.secretariat());
        UI.getCurrent().navigate("conclusions/" + draft.id() + "/edit");

        assertThat(_get(Paragraph.class, s -> s.withId("not-editable")).getText()).contains("Chờ duyệt");
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(Button.class, s -> s.withId("save"))).isEmpty();
    }

    @Test
    void theEditorBuildsWorkingDaysRemindersAReportingPeriodAndTheChair() {
        World world = fixtures.newWorld();
        loginAs(world.secretariat());
        UI.getCurrent().navigate("conclusions/new");
        fillHeader();
        ComboBox<UserDto> chair = combo("committee-chair");
        assertThat(chair.getListDataView().getItems().map(UserDto::username)).containsExactly(world.leader().username());
        _setValue(chair, chair.getListDataView().getItem(0));

        fillDirective(0, "Hoàn thành trong 10 ngày làm việc", World.SO_A, null);
        assertThat(integer("directive-0-reminder-days").getValue()).isEqualTo(3);
        _setValue(deadlineKind(0), DirectiveForm.DeadlineKind.WORKING_DAYS);
        _assertNone(DatePicker.class, s -> s.withId("directive-0-deadline"));
        _setValue(integer("directive-0-working-days"), 10);
        _setValue(integer("directive-0-reminder-days"), 5);
        _click(_get(Button.class, s -> s.withId("add-directive")));
        fillDirective(1, "Định kỳ báo cáo tiến độ", World.SO_B, null);
        _setValue(deadlineKind(1), DirectiveForm.DeadlineKind.ONGOING);
        Select<String> every = select("directive-1-report-every");
        assertThat(every.getValue()).isEqualTo("P1M");
        assertThat(every.getListDataView().getItems().map(every.getItemLabelGenerator()::apply))
                .containsExactly("Hằng tuần", "Hằng tháng", "Hằng quý", "6 tháng một lần");
        _setValue(every, "P3M");
        _click(_get(Button.class, s -> s.withId("save")));

        ConclusionDetail detail = onlyConclusionOf(world);
        assertThat(detail.committeeChair()).isEqualTo(world.leader().username());
        ConclusionDetail.DirectiveDetail first = detail.directives().get(0);
        assertThat(first.deadlineWorkingDays()).isEqualTo(10);
        assertThat(first.deadline()).isNull();
        assertThat(first.reminderDays()).isEqualTo(5);
        ConclusionDetail.DirectiveDetail second = detail.directives().get(1);
        assertThat(second.ongoing()).isTrue();
        assertThat(second.reportEvery()).isEqualTo("P3M");
        assertThat(second.deadlineWorkingDays()).isNull();
    }

    @Test
    void onlyTheFieldOfTheChosenKindIsRequiredAndRemindersStayWithinAMonth() {
        World world = fixtures.newWorld();
        loginAs(world.secretariat());
        UI.getCurrent().navigate("conclusions/new");
        fillHeader();
        fillDirective(0, "Thiếu số ngày làm việc", World.SO_A, null);
        _setValue(deadlineKind(0), DirectiveForm.DeadlineKind.WORKING_DAYS);
        _setValue(integer("directive-0-reminder-days"), 31);
        _click(_get(Button.class, s -> s.withId("save")));

        _expectInvalid(integer("directive-0-working-days"), "không được để trống");
        _expectInvalid(integer("directive-0-reminder-days"), "phải từ 0 đến 30 ngày làm việc");
        assertThat(conclusions.page(world.secretariat(), ConclusionFilter.all(), PageRequest.of(0, 10))).isEmpty();
    }

    @Test
    void editingADraftLoadsTheDeadlineKindsAndPeriods() {
        World world = fixtures.newWorld();
        ConclusionDetail draft = conclusions.create(world.secretariat(), new ConclusionDraft(
                "Ban Chỉ đạo chuyển đổi số", MEETING, "Kết luận",
                List.of(new DirectiveDraft("Trong 7 ngày", World.SO_A, List.of(), null, false, false, 7, 2, null),
                        new DirectiveDraft("Hằng tuần", World.SO_B, List.of(), null, true, true, null, null, "P1W")),
                world.leader().username()));
        loginAs(world.secretariat());
        UI.getCurrent().navigate("conclusions/" + draft.id() + "/edit");

        assertThat(deadlineKind(0).getValue()).isEqualTo(DirectiveForm.DeadlineKind.WORKING_DAYS);
        assertThat(integer("directive-0-working-days").getValue()).isEqualTo(7);
        assertThat(integer("directive-0-reminder-days").getValue()).isEqualTo(2);
        assertThat(deadlineKind(1).getValue()).isEqualTo(DirectiveForm.DeadlineKind.ONGOING);
        assertThat(select("directive-1-report-every").getValue()).isEqualTo("P1W");
        assertThat(ConclusionEditorViewTest.<UserDto>combo("committee-chair").getValue().username())
                .isEqualTo(world.leader().username());
        assertThat(_get(Checkbox.class, s -> s.withId("directive-1-signoff")).getValue()).isTrue();
    }

    private ConclusionDetail onlyConclusionOf(World world) {
        List<ConclusionSummary> saved = conclusions.page(world.secretariat(), ConclusionFilter.all(),
                PageRequest.of(0, 10)).getContent();
        assertThat(saved).hasSize(1);
        return conclusions.get(world.secretariat(), saved.get(0).id());
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<DirectiveForm.DeadlineKind> deadlineKind(int index) {
        return _get(RadioButtonGroup.class, s -> s.withId("directive-" + index + "-deadline-kind"));
    }

    private static IntegerField integer(String id) {
        return _get(IntegerField.class, s -> s.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static Select<String> select(String id) {
        return _get(Select.class, s -> s.withId(id));
    }

    private void fillHeader() {
        _fireCustomValueSet(combo("committee"), "Ban Chỉ đạo chuyển đổi số");
        _setValue(datePicker("meeting-date"), MEETING);
        _setValue(_get(TextArea.class, s -> s.withId("title")), "Kết luận phiên họp thứ 2");
    }

    private void fillDirective(int index, String content, String lead, LocalDate deadline) {
        String prefix = "directive-" + index + "-";
        _setValue(_get(TextArea.class, s -> s.withId(prefix + "content")), content);
        selectByLabel(combo(prefix + "lead"), lead + " · " + unitName(lead));
        if (deadline != null) {
            _setValue(datePicker(prefix + "deadline"), deadline);
        }
    }

    private static String unitName(String code) {
        return World.SO_A.equals(code) ? "Sở A" : World.SO_B.equals(code) ? "Sở B" : "Huyện A";
    }

    private static UnitDto unit(String comboId, String code) {
        return multiCombo(comboId).getListDataView().getItems().filter(u -> u.code().equals(code)).findFirst()
                .orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static <T> ComboBox<T> combo(String id) {
        return _get(ComboBox.class, s -> s.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static MultiSelectComboBox<UnitDto> multiCombo(String id) {
        return _get(MultiSelectComboBox.class, s -> s.withId(id));
    }

    private static DatePicker datePicker(String id) {
        return _get(DatePicker.class, s -> s.withId(id));
    }
}
