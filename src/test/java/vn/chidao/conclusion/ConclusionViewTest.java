package vn.chidao.conclusion;

import static com.github.mvysny.kaributesting.v10.AnchorsKt.get_href;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt.expectRows;
import static com.github.mvysny.kaributesting.v10.HasValidationUtilsKt._expectInvalid;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.getCurrentPath;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.chidao.base.Role;
import vn.chidao.base.time.Dates;
import vn.chidao.security.NewUser;
import vn.chidao.security.UserService;
import vn.chidao.support.Fixtures;
import vn.chidao.support.Drafts;
import vn.chidao.support.KaribuSupport;
import vn.chidao.support.World;

class ConclusionViewTest extends KaribuSupport {

    private static final LocalDate DUE = LocalDate.now(Dates.ZONE).plusDays(40);

    @Autowired
    ConclusionService conclusions;
    @Autowired
    UserService users;

    @Test
    void theLeaderFindsTheSubmittedDraftAndApprovesItWithANumber() {
        World world = fixtures.newWorld();
        long id = submitted(world);
        String number = "45/TB-" + world.government().code();

        loginAs(world.leader());
        UI.getCurrent().navigate("approvals");
        Grid<?> approvals = _get(Grid.class, s -> s.withId("approvals"));
        expectRows(approvals, 1);
        _click((Button) _getCellComponent(approvals, 0, "open"));
        assertThat(getCurrentPath()).isEqualTo("conclusions/" + id);

        _click(_get(Button.class, s -> s.withId("approve")));
        _setValue(_get(TextField.class, s -> s.withId("approve-number")), number);
        _click(_get(Button.class, s -> s.withId("approve-confirm")));

        assertThat(_get(Span.class, s -> s.withId("conclusion-status")).getText()).isEqualTo("Đã ban hành");
        assertThat(_get(Span.class, s -> s.withId("conclusion-number")).getText()).isEqualTo("Số: " + number);
        ConclusionDetail issued = conclusions.get(world.leader(), id);
        assertThat(issued.status()).isEqualTo(ConclusionStatus.ISSUED);
        List<AssignmentSummary> assignments = issued.directives().get(0).assignments();
        assertThat(assignments).hasSize(2);
        for (AssignmentSummary a : assignments) {
            Anchor row = _get(Anchor.class, s -> s.withId("assignment-" + a.id()));
            assertThat(get_href(row)).isEqualTo("assignments/" + a.id());
        }
        _assertNone(Button.class, s -> s.withId("approve"));
    }

    @Test
    void aRejectionWithACommentReturnsTheDraftAndTheSecretariatReadsWhy() {
        World world = fixtures.newWorld();
        long id = submitted(world);

        loginAs(world.leader());
        UI.getCurrent().navigate("conclusions/" + id);
        _click(_get(Button.class, s -> s.withId("reject")));
        _setValue(_get(TextArea.class, s -> s.withId("reject-comment")), "Bổ sung đơn vị phối hợp Sở B");
        _click(_get(Button.class, s -> s.withId("reject-confirm")));
        assertThat(conclusions.get(world.leader(), id).status()).isEqualTo(ConclusionStatus.DRAFT);

        loginAs(world.secretariat());
        UI.getCurrent().navigate("conclusions/" + id);
        assertThat(_get(Span.class, s -> s.withId("conclusion-status")).getText()).isEqualTo("Dự thảo");
        assertThat(_find(_get(Div.class, s -> s.withId("history")), Paragraph.class))
                .extracting(Paragraph::getText).contains("Bổ sung đơn vị phối hợp Sở B");
        _get(Button.class, s -> s.withId("edit"));
        _get(Button.class, s -> s.withId("submit"));
    }

    @Test
    void aRejectionNeedsAComment() {
        World world = fixtures.newWorld();
        long id = submitted(world);

        loginAs(world.leader());
        UI.getCurrent().navigate("conclusions/" + id);
        _click(_get(Button.class, s -> s.withId("reject")));
        _click(_get(Button.class, s -> s.withId("reject-confirm")));

        _expectInvalid(_get(TextArea.class, s -> s.withId("reject-comment")), "không được để trống");
        assertThat(conclusions.get(world.leader(), id).status()).isEqualTo(ConclusionStatus.AWAITING_APPROVAL);
    }

    @Test
    void theApproveDialogProposesTheNextNumberOfTheOfficeAndKeepingItIssuesWithIt() {
        World world = fixtures.newWorld();
        long typed = submitted(world);
        conclusions.approve(world.leader(), typed, "58/TB-UBND");
        long id = submitted(world);

        loginAs(world.leader());
        UI.getCurrent().navigate("conclusions/" + id);
        _click(_get(Button.class, s -> s.withId("approve")));

        assertThat(_get(TextField.class, s -> s.withId("approve-number")).getValue()).isEqualTo("59/TB-UBND");
        _click(_get(Button.class, s -> s.withId("approve-confirm")));

        assertThat(_get(Span.class, s -> s.withId("conclusion-number")).getText()).isEqualTo("Số: 59/TB-UBND");
        assertThat(conclusions.get(world.leader(), id).number()).isEqualTo("59/TB-UBND");
    }

    @Test
    void aNumberAlreadyUsedShowsOnTheNumberField() {
        World world = fixtures.newWorld();
        String taken = fixtures.issue(world, fixtures.draft()).number();
        long id = submitted(world);

        loginAs(world.leader());
        UI.getCurrent().navigate("conclusions/" + id);
        _click(_get(Button.class, s -> s.withId("approve")));
        _setValue(_get(TextField.class, s -> s.withId("approve-number")), taken);
        _click(_get(Button.class, s -> s.withId("approve-confirm")));

        _expectInvalid(_get(TextField.class, s -> s.withId("approve-number")),
                "Số " + taken + " đã được dùng cho một thông báo khác trong năm "
                        + time.now().atZone(Dates.ZONE).getYear() + ".");
        assertThat(conclusions.get(world.leader(), id).status()).isEqualTo(ConclusionStatus.AWAITING_APPROVAL);
    }

    @Test
    void theSecretariatSubmitsADraftAfterConfirming() {
        World world = fixtures.newWorld();
        long id = conclusions.create(world.secretariat(), fixtures.draft()).id();

        loginAs(world.secretariat());
        UI.getCurrent().navigate("conclusions/" + id);
        _click(_get(Button.class, s -> s.withId("submit")));
        assertThat(conclusions.get(world.secretariat(), id).status()).isEqualTo(ConclusionStatus.DRAFT);
        _fireConfirm(_get(ConfirmDialog.class));

        assertThat(conclusions.get(world.secretariat(), id).status()).isEqualTo(ConclusionStatus.AWAITING_APPROVAL);
        assertThat(_get(Span.class, s -> s.withId("conclusion-status")).getText()).isEqualTo("Chờ duyệt");
        _assertNone(Button.class, s -> s.withId("submit"));
    }

    @Test
    void aFocalPointReadsAnIssuedConclusionWithoutActions() {
        World world = fixtures.newWorld();
        long id = fixtures.issue(world, fixtures.draft()).id();

        loginAs(world.focalPoint(World.SO_A));
        UI.getCurrent().navigate("conclusions/" + id);

        assertThat(_get(Div.class, s -> s.withId("directive-1")).getElement().getTextRecursively())
                .contains("Xây dựng kế hoạch chuyển đổi số", "SO_A · Sở A", "HUYEN_A · Huyện A");
        _assertNone(Button.class, s -> s.withId("approve"));
        _assertNone(Button.class, s -> s.withId("edit"));
    }

    @Test
    void aFocalPointDoesNotSeeADraft() {
        World world = fixtures.newWorld();
        long id = conclusions.create(world.secretariat(), fixtures.draft()).id();

        loginAs(world.focalPoint(World.SO_A));
        UI.getCurrent().navigate("conclusions/" + id);

        assertThat(_get(Paragraph.class, s -> s.withId("conclusion-error")).getText())
                .isEqualTo("Không tìm thấy thông báo kết luận " + id + ".");
    }

    @Test
    void eachDirectiveShowsItsDeadlineAsTheNoticeGivesItAndItsReminders() {
        World world = fixtures.newWorld();
        long id = issueThree(world);

        loginAs(world.focalPoint(World.SO_A));
        UI.getCurrent().navigate("conclusions/" + id);

        assertThat(textOf("directive-1-deadline")).contains("10 ngày làm việc kể từ ngày ban hành");
        assertThat(textOf("directive-2-deadline")).contains("Thường xuyên · báo cáo hằng quý");
        assertThat(textOf("directive-3-deadline")).contains(Dates.format(DUE));
        assertThat(textOf("directive-1")).contains("trước hạn 3 ngày làm việc");
        _assertNone(Button.class, s -> s.withId("directive-1-cancel"));
        _assertNone(Button.class, s -> s.withId("directive-2-close"));
    }

    @Test
    void theSecretariatCancelsADirectiveWithAReasonAndItsUnitsStop() {
        World world = fixtures.newWorld();
        long id = issueThree(world);
        loginAs(world.secretariat());
        UI.getCurrent().navigate("conclusions/" + id);
        _assertNone(Button.class, s -> s.withId("directive-1-close"));

        _click(_get(Button.class, s -> s.withId("directive-1-cancel")));
        _click(_get(Button.class, s -> s.withId("comment-confirm")));
        TextArea reason = _get(TextArea.class, s -> s.withId("comment-text"));
        _expectInvalid(reason, "không được để trống");
        _setValue(reason, "Không còn phù hợp");
        _click(_get(Button.class, s -> s.withId("comment-confirm")));

        ConclusionDetail after = conclusions.get(world.secretariat(), id);
        assertThat(after.directives().get(0).cancelled()).isTrue();
        assertThat(after.directives().get(0).assignments()).extracting(AssignmentSummary::status)
                .containsOnly("CANCELLED");
        assertThat(_get(Span.class, s -> s.withId("directive-1-state")).getText()).isEqualTo("Đã hủy");
        assertThat(textOf("directive-1")).contains("Lý do hủy", "Không còn phù hợp");
        _assertNone(Button.class, s -> s.withId("directive-1-cancel"));
        _get(Button.class, s -> s.withId("directive-3-cancel"));
    }

    @Test
    void theSecretariatClosesAnOngoingDirectiveAfterConfirming() {
        World world = fixtures.newWorld();
        long id = issueThree(world);
        loginAs(world.secretariat());
        UI.getCurrent().navigate("conclusions/" + id);

        _click(_get(Button.class, s -> s.withId("directive-2-close")));
        assertThat(conclusions.get(world.secretariat(), id).directives().get(1).closed()).isFalse();
        _fireConfirm(_get(ConfirmDialog.class));

        ConclusionDetail after = conclusions.get(world.secretariat(), id);
        assertThat(after.directives().get(1).closed()).isTrue();
        assertThat(after.directives().get(1).assignments()).extracting(AssignmentSummary::status).containsOnly("DONE");
        assertThat(_get(Span.class, s -> s.withId("directive-2-state")).getText()).isEqualTo("Đã kết thúc");
        _assertNone(Button.class, s -> s.withId("directive-2-close"));
    }

    /** Issued with three directives: in 10 working days (SO_A), ongoing every quarter (SO_B), due on a day (HUYEN_A). */
    private long issueThree(World world) {
        LocalDate meeting = LocalDate.now(Dates.ZONE).minusDays(1);
        return fixtures.issue(world, Drafts.conclusion(meeting,
                Drafts.inWorkingDays(10, World.SO_A),
                Drafts.ongoingEvery("P3M", World.SO_B),
                Drafts.due(DUE, World.HUYEN_A))).id();
    }

    private static String textOf(String id) {
        return _get(Div.class, s -> s.withId(id)).getElement().getTextRecursively();
    }

    @Test
    void theHistoryNamesPeopleByTheirDisplayNameNotTheirLogin() {
        World world = fixtures.newWorld();
        String login = world.government().code().toLowerCase() + ".vp.hoa";
        users.createUser(world.admin(), new NewUser(login, Fixtures.PASSWORD, "Lê Thị Hoa", Set.of(Role.SECRETARIAT),
                world.government().code(), null, null));
        long id = conclusions.create(users.actorOf(login), fixtures.draft()).id();

        loginAs(world.leader());
        UI.getCurrent().navigate("conclusions/" + id);

        assertThat(_get(Div.class, s -> s.withId("history")).getElement().getTextRecursively())
                .contains("Tạo dự thảo", "Lê Thị Hoa").doesNotContain(login);
    }

    private long submitted(World world) {
        long id = conclusions.create(world.secretariat(), fixtures.draft()).id();
        conclusions.submit(world.secretariat(), id);
        return id;
    }
}
