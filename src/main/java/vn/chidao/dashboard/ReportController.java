package vn.chidao.dashboard;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.chidao.base.ActorPrincipal;

@RestController
@RequestMapping("/api/reports")
class ReportController {

    private final ProgressReportService reports;

    ReportController(ProgressReportService reports) {
        this.reports = reports;
    }

    /**
     * {@code ?committee=&from=yyyy-MM-dd&to=yyyy-MM-dd&endedUnits=AS_WERE|FOLDED} → the report to the Chairman (.docx) on the assignments due
     * in the period, as of {@code to}; the dashboard's parameters and scope.
     */
    @GetMapping("/progress.docx")
    ResponseEntity<byte[]> progress(@AuthenticationPrincipal ActorPrincipal caller,
                                    @RequestParam(required = false) String committee,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                    @RequestParam(defaultValue = "AS_WERE") EndedUnits endedUnits) {
        ProgressReportService.ReportFile file = reports.progress(caller.actor(), committee, from, to, endedUnits);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName()).build().toString())
                .body(file.bytes());
    }
}
