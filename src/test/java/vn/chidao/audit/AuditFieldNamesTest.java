package vn.chidao.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import vn.chidao.base.Messages;
import vn.chidao.support.ChidaoTest;

/**
 * The audit trail names the fields of units and users added with the reorganisation and the forced password change
 * in words (and a conclusion's number and issue date read from its notice), in Vietnamese and in English, as it names the others; not by their code names.
 */
@ChidaoTest
class AuditFieldNamesTest {

    @Autowired
    Messages messages;

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            kind                   | Loại                   | Kind
            shortName              | Tên viết tắt           | Short name
            parent                 | Trực thuộc (mã số)     | Parent unit (id)
            validFrom              | Ngày bắt đầu           | Start date
            validTo                | Ngày kết thúc          | End date
            endReason              | Lý do kết thúc         | End reason
            successorIds           | Đơn vị kế thừa (mã số) | Successor units (ids)
            passwordChangeRequired | Phải đổi mật khẩu      | Must change password
            proposedNumber         | Số theo văn bản        | Number on the notice
            proposedIssuedDate     | Ngày ban hành theo văn bản | Issue date on the notice
            """)
    void aNewerFieldIsNamedInWords(String field, String vietnamese, String english) {
        assertThat(new AuditTexts(messages, Messages.VIETNAMESE).field(field)).isEqualTo(vietnamese);
        assertThat(new AuditTexts(messages, Locale.ENGLISH).field(field)).isEqualTo(english);
    }
}
