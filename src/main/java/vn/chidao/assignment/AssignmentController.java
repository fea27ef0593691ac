package vn.chidao.assignment;

import java.time.LocalDate;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.chidao.base.ActorPrincipal;
import vn.chidao.base.PageResult;
import vn.chidao.organisation.UnitKind;

@RestController
@RequestMapping("/api/assignments")
class AssignmentController {

    /** The register's order: nearest deadline first, ongoing last (nulls sort last, see application.yml). */
    static final Sort REGISTER_ORDER = Sort.by(Sort.Order.asc("deadline"), Sort.Order.asc("id"));

    private final AssignmentService assignments;
    private final ExtensionService extensions;
    private final OverdueService overdue;

    AssignmentController(AssignmentService assignments, ExtensionService extensions, OverdueService overdue) {
        this.assignments = assignments;
        this.extensions = extensions;
        this.overdue = overdue;
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
                                   @RequestParam(defaultValue = "0") int page,
                                   @RequestParam(defaultValue = "20") int size) {
        var filter = new AssignmentFilter(unit, status, timeliness, conclusion, committee, deadlineFrom, deadlineTo,
                unitKind, text);
        return PageResult.of(assignments.page(caller.actor(), filter, PageResult.request(page, size, REGISTER_ORDER)));
    }

    @GetMapping("/{id}")
    AssignmentDetail get(@AuthenticationPrincipal ActorPrincipal caller, @PathVariable long id) {
        return assignments.get(caller.actor(), id);
    }

    @PostMapping("/{id}/acknowledge")
    AssignmentDetail acknowledge(@AuthenticationPrincipal ActorPrincipal caller, @PathVariable long id) {
        return assignments.acknowledge(caller.actor(), id);
    }

    @PostMapping("/{id}/progress")
    AssignmentDetail progress(@AuthenticationPrincipal ActorPrincipal caller, @PathVariable long id,
                              @RequestBody ProgressUpdate body) {
        return assignments.progress(caller.actor(), id, body);
    }

    @PostMapping("/{id}/report")
    AssignmentDetail report(@AuthenticationPrincipal ActorPrincipal caller, @PathVariable long id,
                            @RequestBody CompletionReport body) {
        return assignments.report(caller.actor(), id, body);
    }

    @PostMapping("/{id}/review")
    AssignmentDetail review(@AuthenticationPrincipal ActorPrincipal caller, @PathVariable long id,
                            @RequestBody ReviewDecision body) {
        return assignments.review(caller.actor(), id, body);
    }

    @PostMapping("/{id}/sign-off")
    AssignmentDetail signOff(@AuthenticationPrincipal ActorPrincipal caller, @PathVariable long id,
                             @RequestBody ReviewDecision body) {
        return assignments.signOff(caller.actor(), id, body);
    }

    @PostMapping("/{id}/contribution")
    AssignmentDetail contribute(@AuthenticationPrincipal ActorPrincipal caller, @PathVariable long id,
                                @RequestBody ContributionInput body) {
        return assignments.contribute(caller.actor(), id, body);
    }

    @PostMapping("/{id}/extension")
    AssignmentDetail requestExtension(@AuthenticationPrincipal ActorPrincipal caller, @PathVariable long id,
                                      @RequestBody ExtensionInput body) {
        return extensions.request(caller.actor(), id, body);
    }

    @PostMapping("/{id}/extension/decision")
    AssignmentDetail decideExtension(@AuthenticationPrincipal ActorPrincipal caller, @PathVariable long id,
                                     @RequestBody ExtensionDecision body) {
        return extensions.decide(caller.actor(), id, body);
    }

    @PostMapping("/{id}/overdue-review")
    AssignmentDetail overdueReview(@AuthenticationPrincipal ActorPrincipal caller, @PathVariable long id,
                                   @RequestBody OverdueDecision body) {
        return overdue.review(caller.actor(), id, body);
    }
}
