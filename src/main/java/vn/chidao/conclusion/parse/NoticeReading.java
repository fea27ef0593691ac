package vn.chidao.conclusion.parse;

import java.time.LocalDate;
import java.util.Map;
import vn.chidao.conclusion.ConclusionDraft;

/** A notice as read: the proposed draft, the number and issue date of its header, and each field's evidence. */
record NoticeReading(ConclusionDraft draft, String number, LocalDate issuedDate, Map<String, Evidence> fields) {
}
