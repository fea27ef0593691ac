package vn.chidao.register;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import vn.chidao.assignment.Timeliness;
import vn.chidao.base.Messages;
import vn.chidao.base.time.Dates;
import vn.chidao.conclusion.DirectiveInfo;

/** The words of the register's export in the caller's language (Vietnamese by default), dates dd/MM/yyyy. */
final class RegisterTexts {

    private final Messages messages;
    private final Locale locale;

    RegisterTexts(Messages messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    String get(String key, Object... arguments) {
        return messages.get(locale, key, arguments);
    }

    String sheetName() {
        return get("export.sheet");
    }

    /** "DANH MỤC NHIỆM VỤ", or "DANH MỤC NHIỆM VỤ CỦA BAN CHỈ ĐẠO …" for one committee. */
    String title(String committee) {
        String title = committee == null ? get("export.title") : get("export.title.committee", committee);
        return title.toUpperCase(locale);
    }

    String asOf(String government, LocalDate today) {
        return get("export.asOf", government, Dates.format(today));
    }

    List<String> header() {
        return List.of("ordinal", "content", "lead", "coordinating", "deadline", "status", "result", "indicators").stream()
                .map(column -> get("export.column." + column)).toList();
    }

    /** "Thông báo số 12/TB-UBND ngày 03/06/2026: Kết luận …". */
    String conclusion(DirectiveInfo directive) {
        return get("export.conclusion", directive.conclusionNumber() == null ? "" : directive.conclusionNumber(),
                Dates.format(directive.issuedDate()), directive.conclusionTitle());
    }

    /** The date, "Thường xuyên" without one; the original deadline too when it was moved. */
    String deadline(LocalDate deadline, LocalDate original) {
        if (deadline == null) {
            return get("export.ongoing");
        }
        String text = Dates.format(deadline);
        if (original != null && !original.equals(deadline)) {
            text += "\n" + get("export.originalDeadline", Dates.format(original));
        }
        return text;
    }

    String timeliness(Timeliness timeliness) {
        return get("timeliness." + timeliness.name());
    }

    /** What the filter narrows the export to, beyond the committee named in the title; null when nothing. */
    String describe(AssignmentFilter filter, String unit, String conclusion) {
        List<String> parts = new ArrayList<>();
        if (unit != null) {
            parts.add(get("register.unit") + ": " + unit);
        }
        if (filter.unitKind() != null) {
            parts.add(get("register.unitKind") + ": " + get("unitKind." + filter.unitKind().name()));
        }
        if (conclusion != null) {
            parts.add(get("register.conclusion") + ": " + conclusion);
        }
        if (filter.status() != null) {
            parts.add(get("register.status") + ": " + get("status." + filter.status().name()));
        }
        if (!filter.timeliness().isEmpty()) {
            parts.add(get("register.timeliness") + ": " + filter.timeliness().stream().sorted()
                    .map(this::timeliness).collect(Collectors.joining(", ")));
        }
        if (filter.deadlineFrom() != null || filter.deadlineTo() != null) {
            parts.add(get("register.deadline") + ": " + range(filter.deadlineFrom(), filter.deadlineTo()));
        }
        if (filter.text() != null) {
            parts.add(get("register.text") + ": «" + filter.text() + "»");
        }
        return parts.isEmpty() ? null : String.join("; ", parts);
    }

    private String range(LocalDate from, LocalDate to) {
        if (from != null && to != null) {
            return get("export.range", Dates.format(from), Dates.format(to));
        }
        return from != null ? get("export.range.from", Dates.format(from)) : get("export.range.to", Dates.format(to));
    }
}
