package vn.chidao.audit;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.chidao.base.ActorPrincipal;
import vn.chidao.base.PageResult;
import vn.chidao.base.sheet.Spreadsheet;

/**
 * The audit trail over the API, read-only: the filtered changes a page at a time and the same as an xlsx file.
 * There is no endpoint that changes or removes a record.
 */
@RestController
@RequestMapping("/api/admin")
class AuditController {

    private final AuditService audit;

    AuditController(AuditService audit) {
        this.audit = audit;
    }

    /**
     * {@code ?user=&entity=&entityId=&action=CREATED|CHANGED|DELETED&from=&to=&page=&size=} (days yyyy-MM-dd, both
     * included) → {@code {items: [{at, user, onBehalfOf, entity, entityId, action, before, after}], total}}, newest
     * first. Admins only (a government's admin sees that government's records); 400 on a bad filter or page.
     */
    @GetMapping("/audit")
    PageResult<AuditItem> list(@AuthenticationPrincipal ActorPrincipal caller,
                               @RequestParam(required = false) String user,
                               @RequestParam(required = false) String entity,
                               @RequestParam(required = false) String entityId,
                               @RequestParam(required = false) AuditAction action,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                               @RequestParam(defaultValue = "0") int page,
                               @RequestParam(defaultValue = "50") int size) {
        AuditFilter filter = new AuditFilter(user, entity, entityId, action, from, to);
        return PageResult.of(audit.page(caller.actor(), filter, PageResult.request(page, size, Sort.unsorted()))
                .map(AuditItem::of));
    }

    /** The same filter as an xlsx file, built before anything is sent (a refusal is still problem+json). */
    @GetMapping("/audit.xlsx")
    void export(@AuthenticationPrincipal ActorPrincipal caller,
                @RequestParam(required = false) String user,
                @RequestParam(required = false) String entity,
                @RequestParam(required = false) String entityId,
                @RequestParam(required = false) AuditAction action,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                HttpServletResponse response) throws IOException {
        AuditFilter filter = new AuditFilter(user, entity, entityId, action, from, to);
        try (Spreadsheet workbook = audit.export(caller.actor(), filter, LocaleContextHolder.getLocale())) {
            response.setContentType(Spreadsheet.CONTENT_TYPE);
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename(workbook.fileName()).build().toString());
            workbook.write(response.getOutputStream());
        }
    }
}
