package vn.chidao.conclusion;

import org.springframework.stereotype.Component;
import vn.chidao.base.ConflictException;
import vn.chidao.organisation.OrganisationService;

/**
 * The number series of the issuing offices (Decree 30/2020): one per government and symbol and calendar year. The
 * office's register also holds notices Chidao never sees, so Chidao proposes the next number of the series as it
 * knows it and people confirm or correct it; every number of the form {@code <n>/<symbol>} it sees, typed by hand
 * or proposed, advances the series. A number is unique within its issuing government and issue year, which the
 * database enforces too (uk_conclusion_number_year); a notice not yet issued is issued by the government that tracks
 * it, also after a merge.
 */
@Component
class NoticeSeries {

    private final ConclusionRepository conclusions;
    private final OrganisationService organisation;

    NoticeSeries(ConclusionRepository conclusions, OrganisationService organisation) {
        this.conclusions = conclusions;
        this.organisation = organisation;
    }

    /** The office that issues the conclusion: its committee's symbol when it has one, else its government's. */
    String symbolOf(Conclusion conclusion) {
        String own = conclusion.getCommittee().getNoticeSymbol();
        return own != null ? own : organisation.government(conclusion.getGovernmentId()).noticeSymbol();
    }

    /** The next number of the conclusion's office in {@code year}: the highest sequence known + 1. */
    NoticeNumber propose(Conclusion conclusion, int year) {
        String symbol = symbolOf(conclusion);
        int last = conclusions.numbersOfYear(conclusion.getGovernmentId(), year).stream()
                .flatMap(number -> NoticeNumber.parse(number).stream())
                .filter(number -> number.isOf(symbol))
                .mapToInt(NoticeNumber::sequence).max().orElse(0);
        return new NoticeNumber(last + 1, symbol);
    }

    /** 409 when another notice issued by the government already carries {@code number} in {@code year}. */
    void requireFree(long governmentId, int year, String number) {
        if (conclusions.existsByIssuerGovernmentIdAndIssueYearAndNumberKey(governmentId, year, NoticeNumber.key(number))) {
            throw new ConflictException("error.conclusion.numberUsed", number, String.valueOf(year));
        }
    }
}
