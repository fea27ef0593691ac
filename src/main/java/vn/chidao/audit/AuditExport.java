package vn.chidao.audit;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import vn.chidao.base.Actor;
import vn.chidao.base.Messages;
import vn.chidao.base.sheet.Spreadsheet;
import vn.chidao.base.time.AppClock;
import vn.chidao.base.time.Dates;

/**
 * Writes the filter's changes as an xlsx file in the register's way: read {@value #PAGE} records at a time, each page
 * written to the streaming sheet and dropped from the persistence context before the next, so memory holds one page
 * whatever the trail's size. Runs in the caller's read-only transaction.
 */
@Component
class AuditExport {

    static final int PAGE = 500;
    private static final int ROWS_IN_MEMORY = 100;

    private final AuditRecordRepository records;
    private final Messages messages;
    private final EntityManager entityManager;
    private final AppClock clock;

    AuditExport(AuditRecordRepository records, Messages messages, EntityManager entityManager, AppClock clock) {
        this.records = records;
        this.messages = messages;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    Spreadsheet build(Actor actor, AuditFilter filter, Locale locale) {
        AuditTexts texts = new AuditTexts(messages, locale);
        Specification<AuditRecord> spec = AuditSearch.of(actor, filter);
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        workbook.setCompressTempFiles(true);
        try {
            AuditSheet sheet = new AuditSheet(workbook, texts.get("audit.export.sheet"));
            sheet.titleLine(texts.get("audit.export.title", Dates.format(clock.instant())));
            sheet.header(List.of("at", "user", "onBehalfOf", "government", "entity", "entityId", "action", "changes")
                    .stream().map(column -> texts.get("audit.column." + column)).toList());
            int written = 0;
            Slice<AuditRecord> slice;
            int page = 0;
            do {
                PageRequest request = PageRequest.of(page++, PAGE, AuditSearch.NEWEST_FIRST);
                slice = records.findBy(spec, query -> query.slice(request));
                for (AuditRecord record : slice.getContent()) {
                    sheet.line(line(texts, AuditService.entry(record)));
                    written++;
                }
                entityManager.clear();
            } while (slice.hasNext());
            return new Spreadsheet(workbook, fileName(LocalDate.now(clock)), written);
        } catch (RuntimeException e) {
            discard(workbook, e);
            throw e;
        }
    }

    static String fileName(LocalDate day) {
        return "nhat-ky-thay-doi-" + day + ".xlsx";
    }

    private static List<String> line(AuditTexts texts, AuditEntry entry) {
        return List.of(texts.at(entry.at()), texts.user(entry.user()),
                entry.onBehalfOf() == null ? "" : entry.onBehalfOf(),
                entry.governmentCode() == null ? "" : entry.governmentCode(), texts.entity(entry.entity()),
                entry.entityId(), texts.action(entry.action()), String.join("\n", texts.changes(entry)));
    }

    private static void discard(SXSSFWorkbook workbook, RuntimeException cause) {
        try {
            workbook.dispose();
            workbook.close();
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }
}
