package vn.chidao.conclusion;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import vn.chidao.conclusion.parse.NoticeFiles;
import vn.chidao.document.AttachmentInfo;
import vn.chidao.document.DocumentService;
import vn.chidao.organisation.NewUnit;
import vn.chidao.organisation.OrganisationService;
import vn.chidao.organisation.UnitDto;
import vn.chidao.organisation.UnitKind;
import vn.chidao.support.KaribuSupport;
import vn.chidao.support.World;

/**
 * "Dán / tải thông báo" in the editor: a pasted or uploaded notice fills the header and the directive cards, each
 * field telling its source, the ones the parser could not fill marked; nothing is saved until the user saves.
 */
class NoticeImportViewTest extends KaribuSupport {

    private static final String NOTICE = NoticeFiles.resource("world-notice.txt");

    @Autowired
    ConclusionService conclusions;
    @Autowired
    OrganisationService organisation;
    @Autowired
    DocumentService documents;

    World world;

    @BeforeEach
    void theEditor() {
        world = fixtures.newWorld();
        organisation.createUnit(world.admin(), new NewUnit(world.government().code(), "STC", "Sở Tài chính",
                UnitKind.DEPARTMENT, null));
        loginAs(world.secretariat());
        UI.getCurrent().navigate("conclusions/new");
    }

    @Test
    void aPastedNoticeFillsTheEditorAndMarksWhatItCouldNotRead() {
        _click(button("parse-notice"));
        _setValue(_get(TextArea.class, s -> s.withId("notice-text")), NOTICE);
        _click(button("notice-read"));

        assertThat(_find(NoticeImportDialog.class)).as("the dialog closes").isEmpty();
        assertThat(NoticeImportViewTest.<String>combo("committee").getValue()).isEqualTo("Ban Chỉ đạo chuyển đổi số tỉnh");
        assertThat(_get(DatePicker.class, s -> s.withId("meeting-date")).getValue()).isEqualTo(LocalDate.of(2023, 6, 15));
        assertThat(_get(TextArea.class, s -> s.withId("title")).getValue()).startsWith("Kết luận của Chủ tịch");
        assertThat(_get(Paragraph.class, s -> s.withId("parsed-header")).getText()).contains("45/TB-UBND", "20/06/2023");
        List<DirectiveCard> cards = _find(DirectiveCard.class);
        assertThat(cards).hasSize(5);
        DirectiveCard first = cards.get(0);
        assertThat(first.leadUnit.getValue().code()).isEqualTo("STC");
        assertThat(first.picked.units.getValue()).extracting(UnitDto::code).containsExactly(World.SO_A, World.HUYEN_A);
        assertThat(_get(DatePicker.class, s -> s.withId("directive-0-deadline")).getValue())
                .isEqualTo(LocalDate.of(2023, 12, 15));
        assertThat(first.leadUnit.getTooltip().getText()).contains("Sở Tài chính", "%");
        assertThat(first.leadUnit.isInvalid()).as("a sure lead is not marked").isFalse();
        assertThat(cards.get(2).deadline.workingDays.getValue()).isEqualTo(10);
        DirectiveCard unread = cards.get(4);
        assertThat(unread.leadUnit.getValue()).isNull();
        assertThat(unread.leadUnit.isInvalid()).as("an unfilled lead is marked").isTrue();
        assertThat(unread.leadUnit.getErrorMessage()).contains("Cần kiểm tra")
                .as("the parser's note in the screen's language, whatever the server's")
                .contains("Chưa xác định được đơn vị chủ trì");
        assertThat(saved()).as("nothing saved yet").isEmpty();

        ComboBox<UnitDto> lead = combo("directive-4-lead");
        lead.setValue(lead.getListDataView().getItems().filter(u -> u.code().equals(World.SO_A)).findFirst().orElseThrow());
        _setValue(_get(DatePicker.class, s -> s.withId("directive-4-deadline")), LocalDate.of(2023, 12, 31));
        _click(button("save"));

        List<ConclusionSummary> saved = saved();
        assertThat(saved).hasSize(1);
        ConclusionDetail detail = conclusions.get(world.secretariat(), saved.get(0).id());
        assertThat(detail.directives()).extracting(ConclusionDetail.DirectiveDetail::leadUnit)
                .containsExactly("STC", World.SO_B, World.SO_B, World.SO_A, World.SO_A);
    }

    @Test
    void anUploadedDocxFillsTheEditorAndAnotherTypeIsRefused() {
        _click(button("parse-notice"));
        Upload upload = _get(Upload.class, s -> s.withId("notice-upload"));
        _upload(upload, "bang-tinh.xlsx", NoticeFiles.docx(NOTICE));
        assertThat(_find(NoticeImportDialog.class)).as("refused: the dialog stays").hasSize(1);
        assertThat(_find(DirectiveCard.class)).hasSize(1);

        _upload(upload, "Thông báo 45.docx", NoticeFiles.docx(NOTICE));
        assertThat(_find(NoticeImportDialog.class)).isEmpty();
        assertThat(_find(DirectiveCard.class)).hasSize(5);
        assertThat(_find(DirectiveCard.class).get(1).leadUnit.getValue().code()).isEqualTo(World.SO_B);
        assertThat(saved()).isEmpty();
    }

    @Test
    void anUploadedDocxIsKeptWithTheDraftWithItsNumberWhichTheLeaderIsOfferedAtApproval() {
        byte[] docx = NoticeFiles.docx(NOTICE);
        _click(button("parse-notice"));
        _upload(_get(Upload.class, s -> s.withId("notice-upload")), "Thông báo 45.docx", docx);
        assertThat(_get(TextField.class, s -> s.withId("draft-number")).getValue()).isEqualTo("45/TB-UBND");
        assertThat(_get(DatePicker.class, s -> s.withId("draft-issued-date")).getValue())
                .isEqualTo(LocalDate.of(2023, 6, 20));
        assertThat(_get(Paragraph.class, s -> s.withId("parsed-source")).getText()).contains("Thông báo 45.docx");
        chooseTheUnreadLead();
        _click(button("save"));

        ConclusionDetail detail = conclusions.get(world.secretariat(), saved().get(0).id());
        assertThat(detail.attachments()).extracting(AttachmentInfo::name).containsExactly("Thông báo 45.docx");
        assertThat(detail.draftNumber()).isEqualTo("45/TB-UBND");
        assertThat(detail.draftIssuedDate()).isEqualTo(LocalDate.of(2023, 6, 20));
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        documents.download(world.secretariat(), detail.attachments().get(0).id(), file -> content);
        assertThat(content.toByteArray()).isEqualTo(docx);

        UI.getCurrent().navigate("conclusions/" + detail.id() + "/edit");
        assertThat(_get(TextField.class, s -> s.withId("draft-number")).getValue()).as("kept through editing")
                .isEqualTo("45/TB-UBND");
        _click(button("save"));
        ConclusionDetail again = conclusions.get(world.secretariat(), detail.id());
        assertThat(again.attachments()).as("attached once, on the first save").hasSize(1);
        assertThat(again.draftIssuedDate()).isEqualTo(LocalDate.of(2023, 6, 20));

        conclusions.submit(world.secretariat(), detail.id());
        loginAs(world.leader());
        UI.getCurrent().navigate("conclusions/" + detail.id());
        assertThat(_get(Span.class, s -> s.withId("conclusion-number")).getText())
                .isEqualTo("Số theo thông báo: 45/TB-UBND (chưa ban hành)");
        _click(button("approve"));
        assertThat(_get(TextField.class, s -> s.withId("approve-number")).getValue()).isEqualTo("45/TB-UBND");
        assertThat(_get(Paragraph.class, s -> s.withId("approve-issued-on")).getText()).contains("20/06/2023");
        _click(button("approve-confirm"));
        ConclusionDetail issued = conclusions.get(world.leader(), detail.id());
        assertThat(issued.number()).isEqualTo("45/TB-UBND");
        assertThat(issued.issuedDate()).isEqualTo(LocalDate.of(2023, 6, 20));
    }

    @Test
    void anUploadedTxtFillsTheEditorButIsNotKept() {
        _click(button("parse-notice"));
        _upload(_get(Upload.class, s -> s.withId("notice-upload")), "thong-bao.txt",
                NOTICE.getBytes(StandardCharsets.UTF_8));
        assertThat(_get(Paragraph.class, s -> s.withId("parsed-source")).getText()).contains("không lưu kèm được");
        chooseTheUnreadLead();
        _click(button("save"));

        ConclusionDetail detail = conclusions.get(world.secretariat(), saved().get(0).id());
        assertThat(detail.attachments()).isEmpty();
        assertThat(detail.draftNumber()).isEqualTo("45/TB-UBND");
    }

    private void chooseTheUnreadLead() {
        ComboBox<UnitDto> lead = combo("directive-4-lead");
        lead.setValue(lead.getListDataView().getItems().filter(u -> u.code().equals(World.SO_A)).findFirst().orElseThrow());
        _setValue(_get(DatePicker.class, s -> s.withId("directive-4-deadline")), LocalDate.of(2023, 12, 31));
    }

    private List<ConclusionSummary> saved() {
        return conclusions.page(world.secretariat(), ConclusionFilter.all(), PageRequest.of(0, 10)).getContent();
    }

    @SuppressWarnings("unchecked")
    private static <T> ComboBox<T> combo(String id) {
        return _get(ComboBox.class, s -> s.withId(id));
    }

    private static Button button(String id) {
        return _get(Button.class, s -> s.withId(id));
    }
}
