package vn.chidao.register;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.TestingLifecycleHookKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kotlin.Unit;
import kotlin.jvm.functions.Function1;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.chidao.assignment.AssignmentRow;
import vn.chidao.assignment.AssignmentService;
import vn.chidao.assignment.AssignmentStatus;
import vn.chidao.assignment.Timeliness;
import vn.chidao.conclusion.CommitteeDto;
import vn.chidao.conclusion.ConclusionDetail;
import vn.chidao.conclusion.ConclusionService;
import vn.chidao.indicator.IndicatorDto;
import vn.chidao.support.Drafts;
import vn.chidao.organisation.OrganisationService;
import vn.chidao.organisation.UnitDto;
import vn.chidao.organisation.UnitKind;
import vn.chidao.support.KaribuSupport;
import vn.chidao.support.World;

/**
 * The register's new filters on screen, and its URL: the dashboard's drill-down link shows exactly its rows, and
 * changing a filter writes the filter back into the address (history.replaceState, caught on its way to the
 * browser).
 */
class RegisterFiltersViewTest extends KaribuSupport {

    @Autowired
    AssignmentService assignments;
    @Autowired
    ConclusionService conclusions;
    @Autowired
    OrganisationService organisation;

    RegisterBook book;
    private final List<String> replacedUrls = new ArrayList<>();
    private List<Function1<PendingJavaScriptInvocation, Unit>> handlers;

    @BeforeEach
    void buildTheRegisterAndWatchTheAddress() {
        book = RegisterBook.build(fixtures, time, assignments, conclusions);
        handlers = TestingLifecycleHookKt.getPendingJavascriptInvocationHandlers();
        List<Function1<PendingJavaScriptInvocation, Unit>> watching = new ArrayList<>(handlers);
        watching.add(invocation -> {
            String expression = invocation.getInvocation().getExpression();
            if (expression.contains("history.replaceState") || expression.contains("replace: true")) {
                replacedUrls.add(String.valueOf(invocation.getInvocation().getParameters().get(1)));
            }
            return Unit.INSTANCE;
        });
        TestingLifecycleHookKt.setPendingJavascriptInvocationHandlers(watching);
    }

    @AfterEach
    void stopWatching() {
        TestingLifecycleHookKt.setPendingJavascriptInvocationHandlers(handlers);
    }

    @Test
    void theDashboardsDrillDownLinkShowsExactlyItsRows() {
        loginAs(book.world().secretariat());

        UI.getCurrent().navigate("register", QueryParameters.fromString("unit=HUYEN_A&deadlineFrom=2030-03-01"
                + "&deadlineTo=2030-03-31&timeliness=DONE_LATE&timeliness=OPEN_OVERDUE&committee="
                + book.reformCommittee().id()));

        assertThat(ids()).containsExactly(book.reviewHuyenA());
        assertThat(this.<UnitDto>combo("filter-unit").getValue().code()).isEqualTo(World.HUYEN_A);
        assertThat(this.<CommitteeDto>combo("filter-committee").getValue().id()).isEqualTo(book.reformCommittee().id());
        assertThat(timeliness().getValue()).containsExactlyInAnyOrder(Timeliness.DONE_LATE, Timeliness.OPEN_OVERDUE);
        assertThat(picker("filter-deadline-from").getValue()).isEqualTo(LocalDate.of(2030, 3, 1));
        assertThat(picker("filter-deadline-to").getValue()).isEqualTo(LocalDate.of(2030, 3, 31));
        assertThat(count("OPEN_OVERDUE")).isEqualTo("1");
        assertThat(count("DONE_LATE")).isEqualTo("0");
    }

    @Test
    void theSameLinkForAnotherUnitAndCommitteeShowsThatUnitsRows() {
        loginAs(book.world().secretariat());

        UI.getCurrent().navigate("register", QueryParameters.fromString("unit=SO_A&deadlineFrom=2030-03-01"
                + "&deadlineTo=2030-03-31&timeliness=DONE_LATE&timeliness=OPEN_OVERDUE&committee="
                + book.digitalCommittee().id()));

        assertThat(ids()).containsExactly(book.dataSoA());
    }

    @Test
    void theOtherPartsOfTheContractAreReadToo() {
        loginAs(book.world().secretariat());

        UI.getCurrent().navigate("register", QueryParameters.fromString("conclusion=" + book.reform().id()
                + "&status=ASSIGNED&unitKind=DISTRICT&text=th%E1%BB%A7%20t%E1%BB%A5c"));

        assertThat(ids()).containsExactly(book.reviewHuyenA());
        assertThat(this.<AssignmentStatus>combo("filter-status").getValue()).isEqualTo(AssignmentStatus.ASSIGNED);
        assertThat(this.<UnitKind>combo("filter-unit-kind").getValue()).isEqualTo(UnitKind.DISTRICT);
        assertThat(_get(TextField.class, spec -> spec.withId("filter-text")).getValue()).isEqualTo("thủ tục");
    }

    @Test
    void theDtiIndicatorFilterComesFromTheAddressAndGoesBackIntoIt() {
        ConclusionDetail tagged = fixtures.issue(book.world(), Drafts.conclusion(RegisterBook.TODAY.minusDays(1),
                Drafts.due(RegisterBook.TODAY.plusDays(10), World.SO_B).withIndicators(List.of("DTI-7.1")),
                Drafts.due(RegisterBook.TODAY.plusDays(10), World.SO_A).withIndicators(List.of("DTI-3"))));
        long onlineServices = tagged.directives().get(0).assignments().get(0).id();
        long infrastructure = tagged.directives().get(1).assignments().get(0).id();
        loginAs(book.world().secretariat());

        UI.getCurrent().navigate("register", QueryParameters.fromString("indicator=DTI-7"));

        assertThat(ids()).containsExactly(onlineServices);
        assertThat(this.<IndicatorDto>combo("filter-indicator").getValue().code()).isEqualTo("DTI-7");
        ComboBox<IndicatorDto> indicator = combo("filter-indicator");
        _setValue(indicator, indicator.getListDataView().getItems().filter(i -> i.code().equals("DTI-3"))
                .findFirst().orElseThrow());
        assertThat(ids()).containsExactly(infrastructure);
        assertThat(lastAddress().getQueryParameters().getParameters()).containsEntry("indicator", List.of("DTI-3"));
    }

    @Test
    void aValueThatDoesNotParseIsLeftOut() {
        loginAs(book.world().secretariat());

        UI.getCurrent().navigate("register", QueryParameters.fromString(
                "timeliness=SOON&timeliness=ONGOING&deadlineFrom=31/03/2030&status=LATE"));

        assertThat(ids()).containsExactly(book.ongoingSoA());
    }

    @Test
    void changingAFilterWritesItIntoTheAddress() {
        loginAs(book.world().secretariat());
        UI.getCurrent().navigate("register");

        _setValue(combo("filter-unit"), unit(World.SO_A));
        _setValue(timeliness(), Set.of(Timeliness.OPEN_OVERDUE, Timeliness.DONE_LATE));
        _setValue(combo("filter-committee"), book.digitalCommittee());
        _setValue(picker("filter-deadline-from"), LocalDate.of(2030, 3, 1));
        _setValue(picker("filter-deadline-to"), LocalDate.of(2030, 3, 31));

        Location written = lastAddress();
        assertThat(written.getPath()).isEqualTo("register");
        assertThat(written.getQueryParameters().getParameters()).isEqualTo(Map.of(
                "unit", List.of("SO_A"), "deadlineFrom", List.of("2030-03-01"), "deadlineTo", List.of("2030-03-31"),
                "timeliness", List.of("DONE_LATE", "OPEN_OVERDUE"),
                "committee", List.of(Long.toString(book.digitalCommittee().id()))));
        assertThat(ids()).containsExactly(book.dataSoA());

        _setValue(combo("filter-unit"), null);
        _setValue(_get(TextField.class, spec -> spec.withId("filter-text")), "kho dữ liệu");
        assertThat(lastAddress().getQueryParameters().getParameters()).doesNotContainKey("unit")
                .containsEntry("text", List.of("kho dữ liệu"));
    }

    @Test
    void theWrittenAddressOpensTheSameRegister() {
        loginAs(book.world().secretariat());
        UI.getCurrent().navigate("register");
        _setValue(combo("filter-unit-kind"), UnitKind.DISTRICT);
        _setValue(timeliness(), Set.of(Timeliness.OPEN_OVERDUE, Timeliness.DONE_ON_TIME));
        List<Long> shown = ids();
        Location written = lastAddress();

        loginAs(book.world().secretariat());
        UI.getCurrent().navigate(written.getPath(), written.getQueryParameters());

        assertThat(shown).containsExactly(book.dataHuyenA(), book.reviewHuyenA());
        assertThat(ids()).isEqualTo(shown);
    }

    @Test
    void theNewFiltersNarrowTheGridAndTheCounts() {
        loginAs(book.world().secretariat());
        UI.getCurrent().navigate("register");

        _setValue(combo("filter-committee"), book.digitalCommittee());
        assertThat(ids()).containsExactly(book.dataHuyenA(), book.dataSoA(), book.paymentSoB());
        assertThat(count("DONE_LATE")).isEqualTo("1");
        assertThat(count("OPEN_OVERDUE")).isEqualTo("0");

        _setValue(combo("filter-committee"), null);
        _setValue(combo("filter-unit-kind"), UnitKind.DISTRICT);
        assertThat(ids()).containsExactly(book.dataHuyenA(), book.reviewHuyenA());

        _setValue(combo("filter-unit-kind"), null);
        _setValue(timeliness(), Set.of(Timeliness.DONE_LATE, Timeliness.OPEN_OVERDUE));
        assertThat(ids()).containsExactly(book.dataSoA(), book.reviewHuyenA());
        assertThat(pressed("DONE_LATE")).isTrue();
        assertThat(pressed("OPEN_OVERDUE")).isTrue();
        assertThat(pressed("OPEN_ON_TIME")).isFalse();

        _setValue(timeliness(), Set.of());
        _setValue(picker("filter-deadline-from"), RegisterBook.DATA_DUE);
        _setValue(picker("filter-deadline-to"), RegisterBook.REVIEW_DUE);
        assertThat(ids()).containsExactly(book.dataSoA(), book.reviewHuyenA());

        _setValue(picker("filter-deadline-from"), null);
        _setValue(picker("filter-deadline-to"), null);
        _setValue(_get(TextField.class, spec -> spec.withId("filter-text")), "THANH TOÁN");
        assertThat(ids()).containsExactly(book.paymentSoB());
        assertThat(count("OPEN_ON_TIME")).isEqualTo("1");
        assertThat(count("DONE_LATE")).isEqualTo("0");
    }

    @Test
    void aFocalPointHasNoUnitNorKindFilterButTheOthers() {
        loginAs(book.world().focalPoint(World.SO_A));
        UI.getCurrent().navigate("register");

        _assertNone(ComboBox.class, spec -> spec.withId("filter-unit"));
        _assertNone(ComboBox.class, spec -> spec.withId("filter-unit-kind"));
        _setValue(combo("filter-committee"), book.reformCommittee());
        assertThat(ids()).containsExactly(book.ongoingSoA());
    }

    private Location lastAddress() {
        MockVaadin.clientRoundtrip();
        assertThat(replacedUrls).as("addresses written").isNotEmpty();
        return new Location(replacedUrls.get(replacedUrls.size() - 1));
    }

    private UnitDto unit(String code) {
        return organisation.findUnit(book.world().government().id(), code).orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Grid<AssignmentRow> grid() {
        return _get(Grid.class, spec -> spec.withId("register-grid"));
    }

    private static List<Long> ids() {
        return _findAll(grid()).stream().map(AssignmentRow::id).toList();
    }

    @SuppressWarnings("unchecked")
    private <T> ComboBox<T> combo(String id) {
        return _get(ComboBox.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static MultiSelectComboBox<Timeliness> timeliness() {
        return _get(MultiSelectComboBox.class, spec -> spec.withId("filter-timeliness"));
    }

    private static DatePicker picker(String id) {
        return _get(DatePicker.class, spec -> spec.withId(id));
    }

    private static Button tile(String timeliness) {
        return _get(Button.class, spec -> spec.withId("count-" + timeliness));
    }

    private static String count(String timeliness) {
        return _get(tile(timeliness), Span.class, spec -> spec.withClasses("chidao-count-number")).getText();
    }

    private static boolean pressed(String timeliness) {
        return "true".equals(tile(timeliness).getElement().getAttribute("aria-pressed"));
    }
}
