package vn.chidao.assignment;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.chidao.base.ActorPrincipal;

/**
 * One assignment: reading it and the actions of its unit, the secretariat and the leader. The register's list,
 * extensions and the leaders' overdue review answer under the same path from their own features' controllers.
 */
@RestController
@RequestMapping("/api/assignments")
class AssignmentController {

    private final AssignmentService assignments;

    AssignmentController(AssignmentService assignments) {
        this.assignments = assignments;
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
}
