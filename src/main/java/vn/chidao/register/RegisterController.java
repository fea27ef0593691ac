package vn.chidao.register;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.chidao.assignment.AssignmentRow;
import vn.chidao.assignment.AssignmentStatus;
import vn.chidao.assignment.Timeliness;
import vn.chidao.base.ActorPrincipal;
import vn.chidao.base.PageResult;
import vn.chidao.base.sheet.Spreadsheet;
import vn.chidao.organisation.UnitKind;

/**
 * The register (sổ theo dõi) over the API: the filtered list, its xlsx export with the same filter, and the
 * secretariat's moving of open assignments to another unit.
 */
@RestController
@RequestMapping("/api/assignments")
class RegisterController {

    /** The register's order: nearest deadline first, ongoing last (nulls sort last, see application.yml). */
    static final Sort REGISTER_ORDER = Sort.by(Sort.Order.asc("deadline"), Sort.Order.asc("id"));

    private final RegisterService register;

    RegisterController(RegisterService register) {
        this.register = register;
    }

    @GetMapping
    PageResult<AssignmentRow> list(@AuthenticationPrincipal ActorPrincipal caller,
                                   @RequestParam(required = false) String unit,
                                   @RequestParam(required = false) AssignmentStatus status,
                                   @RequestParam(required = false) Set<Timeliness> timeliness,
                                   @RequestParam(required = false) Long conclusion,
                                   @RequestParam(required = false) String committee,
                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadlineFrom,
                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadlineTo,
                                   @RequestParam(required = false) UnitKind unitKind,
                                   @RequestParam(required = false) String text,
                                   @RequestParam(required = false) String indicator,
                                   @RequestParam(defaultValue = "0") int page,
                                   @RequestParam(defaultValue = "20") int size) {
        var filter = new AssignmentFilter(unit, status, timeliness, conclusion, committee, deadlineFrom, deadlineTo,
                unitKind, text, indicator);
        return PageResult.of(register.page(caller.actor(), filter, PageResult.request(page, size, REGISTER_ORDER)));
    }

    /**
     * The same filter as an xlsx file. It is built before anything is sent, so a refusal is still a problem+json
     * answer; then it streams from disk.
     */
    @GetMapping("/export.xlsx")
    void export(@AuthenticationPrincipal ActorPrincipal caller,
                @RequestParam(required = false) String unit,
                @RequestParam(required = false) AssignmentStatus status,
                @RequestParam(required = false) Set<Timeliness> timeliness,
                @RequestParam(required = false) Long conclusion,
                @RequestParam(required = false) String committee,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadlineFrom,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadlineTo,
                @RequestParam(required = false) UnitKind unitKind,
                @RequestParam(required = false) String text,
                @RequestParam(required = false) String indicator,
                HttpServletResponse response) throws IOException {
        var filter = new AssignmentFilter(unit, status, timeliness, conclusion, committee, deadlineFrom, deadlineTo,
                unitKind, text, indicator);
        try (Spreadsheet workbook = register.export(caller.actor(), filter, LocaleContextHolder.getLocale())) {
            response.setContentType(Spreadsheet.CONTENT_TYPE);
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename(workbook.fileName()).build().toString());
            workbook.write(response.getOutputStream());
        }
    }

    @PostMapping("/reassign")
    ReassignResult reassign(@AuthenticationPrincipal ActorPrincipal caller, @RequestBody ReassignInput body) {
        return register.reassign(caller.actor(), body);
    }
}
