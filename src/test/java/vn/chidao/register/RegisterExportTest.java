package vn.chidao.register;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import vn.chidao.assignment.AssignmentRole;
import vn.chidao.assignment.AssignmentService;
import vn.chidao.assignment.BulkAssignments;
import vn.chidao.assignment.Timeliness;
import vn.chidao.base.Actor;
import vn.chidao.base.ForbiddenException;
import vn.chidao.base.Messages;
import vn.chidao.base.sheet.Spreadsheet;
import vn.chidao.conclusion.BulkNotices;
import vn.chidao.conclusion.ConclusionService;
import vn.chidao.extension.ExtensionDecision;
import vn.chidao.extension.ExtensionInput;
import vn.chidao.extension.ExtensionService;
import vn.chidao.organisation.OrganisationService;
import vn.chidao.support.ChidaoTest;
import vn.chidao.support.Fixtures;
import vn.chidao.support.TimeTravel;
import vn.chidao.support.World;

/** The register's xlsx export, opened again with POI: title, header, one row per directive, layout, who sees what. */
@ChidaoTest
class RegisterExportTest {

    private static final List<String> HEADER = List.of("STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì",
            "Đơn vị phối hợp", "Thời hạn", "Tình trạng", "Kết quả", "Chỉ số DTI");

    @Autowired
    Fixtures fixtures;
    @Autowired
    TimeTravel time;
    @Autowired
    AssignmentService assignments;
    @Autowired
    RegisterService register;
    @Autowired
    ConclusionService conclusions;
    @Autowired
    ExtensionService extensions;
    @Autowired
    RegisterExport registerExport;
    @Autowired
    BulkNotices bulk;
    @Autowired
    BulkAssignments repository;
    @Autowired
    OrganisationService organisation;
    @Autowired
    TransactionTemplate transactions;

    RegisterBook book;

    @BeforeEach
    void buildTheRegister() {
        book = RegisterBook.build(fixtures, time, assignments, conclusions);
    }

    @AfterEach
    void realTime() {
        time.reset();
    }

    @Test
    void oneRowPerDirectiveWithItsLeadAndCoordinatingUnitsDeadlineStandingAndLatestReport() {
        ExportedSheet sheet = export(book.world().secretariat(), AssignmentFilter.all());

        assertThat(sheet.name()).isEqualTo("Sổ theo dõi");
        assertThat(sheet.titles().get(0)).isEqualTo("DANH MỤC NHIỆM VỤ");
        assertThat(sheet.titles().get(1)).isEqualTo(book.world().government().name() + " · Tính đến ngày 26/03/2030");
        assertThat(sheet.header()).isEqualTo(HEADER);
        assertThat(sheet.directives()).containsExactly(
                List.of("1", "Xây dựng kho dữ liệu dùng chung", "Sở A", "Huyện A", "15/03/2030", "Hoàn thành quá hạn",
                        "Đã vận hành kho dữ liệu dùng chung của tỉnh", ""),
                List.of("2", "Triển khai thanh toán không dùng tiền mặt", "Sở B", "", "15/04/2030",
                        "Đang thực hiện trong hạn", "", ""),
                List.of("3", "Rà soát thủ tục hành chính", "Huyện A", "", "25/03/2030", "Đang thực hiện quá hạn", "", ""),
                List.of("4", "Thường xuyên theo dõi, đôn đốc", "Sở A", "", "Thường xuyên", "Thường xuyên", "", ""));
        assertThat(sheet.groups()).containsExactly(
                "Thông báo số " + book.digital().number() + " ngày 05/03/2030: Kết luận phiên họp thứ nhất",
                "Thông báo số " + book.reform().number() + " ngày 05/03/2030: Kết luận về dịch vụ công trực tuyến");
    }

    @Test
    void theTitleNamesTheCommitteeAndTheSecondLineTheRestOfTheFilter() {
        AssignmentFilter filter = new AssignmentFilter(null, null, Set.of(Timeliness.OPEN_OVERDUE), null,
                Long.toString(book.reformCommittee().id()), null, LocalDate.of(2030, 3, 31));

        ExportedSheet sheet = export(book.world().secretariat(), filter);

        assertThat(sheet.titles().get(0)).isEqualTo("DANH MỤC NHIỆM VỤ CỦA BAN CHỈ ĐẠO CẢI CÁCH HÀNH CHÍNH");
        assertThat(sheet.titles().get(2))
                .isEqualTo("Tiến độ so với hạn: Đang thực hiện quá hạn; Thời hạn: đến 31/03/2030");
        assertThat(sheet.directives()).extracting(row -> row.get(1)).containsExactly("Rà soát thủ tục hành chính");
    }

    @Test
    void aUnitRolesExportHoldsOnlyItsUnitsDirectivesWithItsOwnStanding() {
        ExportedSheet sheet = export(book.world().focalPoint(World.HUYEN_A), AssignmentFilter.all());

        assertThat(sheet.directives()).containsExactly(
                List.of("1", "Xây dựng kho dữ liệu dùng chung", "Sở A", "Huyện A", "12/03/2030", "Hoàn thành đúng hạn",
                        "Huyện A đã rà soát dữ liệu dân cư", ""),
                List.of("2", "Rà soát thủ tục hành chính", "Huyện A", "", "25/03/2030", "Đang thực hiện quá hạn", "", ""));
        assertThat(sheet.titles().get(2)).isEqualTo("Đơn vị: HUYEN_A · Huyện A");
    }

    @Test
    void aUnitRoleCannotExportAnotherUnit() {
        Actor focalPoint = book.world().focalPoint(World.HUYEN_A);
        AssignmentFilter otherUnit = AssignmentFilter.all().withUnit(World.SO_A);

        assertThatThrownBy(() -> register.export(focalPoint, otherUnit, Messages.VIETNAMESE))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void aFilterOnACoordinatingUnitShowsThatUnitsStanding() {
        ExportedSheet sheet = export(book.world().secretariat(), AssignmentFilter.all().withUnit(World.HUYEN_A));

        assertThat(sheet.directives()).extracting(row -> row.get(4) + " · " + row.get(5)).containsExactly(
                "12/03/2030 · Hoàn thành đúng hạn", "25/03/2030 · Đang thực hiện quá hạn");
    }

    @Test
    void anExtendedDeadlineShowsTheOriginalOneToo() {
        Actor focalPoint = book.world().focalPoint(World.SO_B);
        assignments.acknowledge(focalPoint, book.paymentSoB());
        extensions.request(focalPoint, book.paymentSoB(),
                new ExtensionInput(LocalDate.of(2030, 4, 30), "Chờ hướng dẫn của Bộ"));
        extensions.decide(book.world().secretariat(), book.paymentSoB(), new ExtensionDecision(true, null));

        ExportedSheet sheet = export(book.world().secretariat(), AssignmentFilter.all().withUnit(World.SO_B));

        assertThat(sheet.directives()).extracting(row -> row.get(4))
                .containsExactly("30/04/2030\n(hạn ban đầu 15/04/2030)");
    }

    @Test
    void itPrintsOnA4LandscapeOnePageWideWithTheHeaderOnEveryPageAndFrozenOnScreen() {
        ExportedSheet sheet = export(book.world().secretariat(), AssignmentFilter.all());

        ExportedSheet.Layout layout = sheet.layout();
        assertThat(layout.paperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
        assertThat(layout.landscape()).isTrue();
        assertThat(layout.fitWidth()).isEqualTo((short) 1);
        assertThat(layout.fitHeight()).isZero();
        assertThat(layout.frozenRows()).isEqualTo(sheet.headerRow() + 1);
        int excelRow = sheet.headerRow() + 1;
        assertThat(layout.repeatingRows()).isEqualTo(excelRow + ":" + excelRow);
        assertThat(layout.widths()).containsExactly(6, 58, 22, 26, 15, 20, 50, 16);
        assertThat(layout.wrapped()).isTrue();
        assertThat(layout.bordered()).isTrue();
    }

    @Test
    void theFileIsNamedForTheDayAndSpeaksTheCallersLanguage() {
        Spreadsheet workbook = register.export(book.world().secretariat(), AssignmentFilter.all(),
                Locale.ENGLISH);
        assertThat(workbook.fileName()).isEqualTo("so-theo-doi-2030-03-26.xlsx");
        assertThat(workbook.rows()).isEqualTo(4);

        ExportedSheet sheet = ExportedSheet.of(workbook);
        assertThat(sheet.header()).containsExactly("No.", "Directive", "Lead unit", "Coordinating units",
                "Deadline", "Standing", "Result", "DTI indicators");
        assertThat(sheet.directives().get(0).get(5)).isEqualTo("Done late");
    }

    @Test
    void anEmptyFilterGivesTheHeaderAndSaysSo() {
        ExportedSheet sheet = export(book.world().secretariat(), new AssignmentFilter(null, null, Set.of(), null, null,
                null, null, null, "không có trong sổ"));

        assertThat(sheet.header()).isEqualTo(HEADER);
        assertThat(sheet.directives()).isEmpty();
        assertThat(sheet.groups()).containsExactly("Không có nhiệm vụ nào theo điều kiện lọc.");
    }

    @Test
    void aDirectiveReadAcrossTwoPagesIsStillOneRow() {
        ExportedSheet whole = export(book.world().secretariat(), AssignmentFilter.all());

        ExportedSheet onePartAPage = ExportedSheet.of(registerExport.build(book.world().secretariat(),
                AssignmentFilter.all(), Messages.VIETNAMESE, 1));

        assertThat(onePartAPage.directives()).isEqualTo(whole.directives()).hasSize(4);
        assertThat(onePartAPage.groups()).isEqualTo(whole.groups());
    }

    @Test
    void theRowsFollowTheDirectivesWhateverOrderTheirPartsWereWrittenIn() {
        World world = book.world();
        long soA = unitId(World.SO_A);
        long soB = unitId(World.SO_B);
        long huyenA = unitId(World.HUYEN_A);
        List<BulkNotices.Made> made = bulk.issue(world.government().id(), List.of(soA, soB, huyenA), 1, 2, 0,
                RegisterBook.TODAY, 42);
        BulkNotices.Made first = made.get(0);
        BulkNotices.Made second = made.get(1);
        java.time.Instant at = time.now();
        // written in this order, and due in it: the first directive's lead, the second's lead, the first's coordinating
        transactions.executeWithoutResult(tx -> repository.saveAll(List.of(
                BulkAssignments.assignment(world.government().id(), first.conclusionId(), first.committeeId(),
                        first.id(), soA, AssignmentRole.LEAD, LocalDate.of(2030, 6, 10), at),
                BulkAssignments.assignment(world.government().id(), second.conclusionId(), second.committeeId(),
                        second.id(), soB, AssignmentRole.LEAD, LocalDate.of(2030, 6, 12), at),
                BulkAssignments.assignment(world.government().id(), first.conclusionId(), first.committeeId(),
                        first.id(), huyenA, AssignmentRole.COORDINATE, LocalDate.of(2030, 6, 15), at))));

        ExportedSheet sheet = export(world.secretariat(), new AssignmentFilter(null, null, Set.of(), null,
                Long.toString(first.committeeId()), null, null));

        assertThat(sheet.directives()).extracting(row -> row.get(2) + " / " + row.get(3) + " / " + row.get(4))
                .containsExactly("Sở A / Huyện A / 10/06/2030", "Sở B /  / 12/06/2030");
    }

    private long unitId(String code) {
        return organisation.findUnit(book.world().government().id(), code).orElseThrow().id();
    }

    private ExportedSheet export(Actor actor, AssignmentFilter filter) {
        return ExportedSheet.of(register.export(actor, filter, Messages.VIETNAMESE));
    }
}
