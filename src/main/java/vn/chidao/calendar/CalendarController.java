package vn.chidao.calendar;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.chidao.base.ActorPrincipal;

@RestController
@RequestMapping("/api/admin/calendar")
class CalendarController {

    private final CalendarAdminService calendar;

    CalendarController(CalendarAdminService calendar) {
        this.calendar = calendar;
    }

    @GetMapping("/{year}")
    CalendarYear year(@AuthenticationPrincipal ActorPrincipal caller, @PathVariable int year) {
        return calendar.year(caller.actor(), year);
    }

    @PutMapping("/{year}")
    CalendarYear replace(@AuthenticationPrincipal ActorPrincipal caller, @PathVariable int year,
                         @RequestBody CalendarYearInput body) {
        return calendar.replace(caller.actor(), year, body);
    }
}
