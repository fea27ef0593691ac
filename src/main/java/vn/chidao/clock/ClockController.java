package vn.chidao.clock;

import java.time.OffsetDateTime;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.chidao.base.ActorPrincipal;

@RestController
@RequestMapping("/api/admin/clock")
class ClockController {

    /** {@code {"now": "2026-03-02T08:00:00+07:00"}}: where to move the clock, an ISO date-time with offset. */
    record ClockChange(OffsetDateTime now) {
    }

    private final ClockService clock;

    ClockController(ClockService clock) {
        this.clock = clock;
    }

    @GetMapping
    ClockState state(@AuthenticationPrincipal ActorPrincipal caller) {
        return clock.state(caller.actor());
    }

    /** Answers once every job due by the new time has run: {@code {now, jobsExecuted, jobsFailed}}. */
    @PostMapping
    ClockAdvance advance(@AuthenticationPrincipal ActorPrincipal caller,
                         @RequestBody(required = false) ClockChange change) {
        return clock.advanceTo(caller.actor(), change == null || change.now() == null ? null : change.now().toInstant());
    }
}
