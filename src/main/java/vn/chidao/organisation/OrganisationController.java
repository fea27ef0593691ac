package vn.chidao.organisation;

import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.chidao.base.ActorPrincipal;

@RestController
@RequestMapping("/api")
class OrganisationController {

    private final OrganisationService organisation;

    OrganisationController(OrganisationService organisation) {
        this.organisation = organisation;
    }

    @PostMapping("/admin/governments")
    @ResponseStatus(HttpStatus.CREATED)
    GovernmentDto createGovernment(@AuthenticationPrincipal ActorPrincipal caller, @RequestBody NewGovernment body) {
        return organisation.createGovernment(caller.actor(), body);
    }

    @GetMapping("/admin/governments")
    List<GovernmentDto> governments(@AuthenticationPrincipal ActorPrincipal caller) {
        return organisation.governments(caller.actor());
    }

    /** Renames a government or sets the symbol of its notice numbers ({@code noticeSymbol}). */
    @PutMapping("/admin/governments/{code}")
    GovernmentDto updateGovernment(@AuthenticationPrincipal ActorPrincipal caller, @PathVariable String code,
                                   @RequestBody GovernmentChange body) {
        return organisation.updateGovernment(caller.actor(), code, body);
    }

    @PostMapping("/admin/units")
    @ResponseStatus(HttpStatus.CREATED)
    UnitDto createUnit(@AuthenticationPrincipal ActorPrincipal caller, @RequestBody NewUnit body) {
        return organisation.createUnit(caller.actor(), body);
    }

    /** Renames or moves a unit; {@code government} names the government (its own admins may leave it out). */
    @PutMapping("/admin/units/{code}")
    UnitDto updateUnit(@AuthenticationPrincipal ActorPrincipal caller, @PathVariable String code,
                       @RequestParam(required = false) String government, @RequestBody UnitChange body) {
        return organisation.updateUnit(caller.actor(), government, code, body);
    }

    /**
     * The caller's government's units; those that have ended only with {@code includeEnded=true}, or, with
     * {@code existedFrom}/{@code existedTo} (yyyy-MM-dd, either or both), those that existed on a day of that period.
     */
    @GetMapping("/units")
    List<UnitDto> units(@AuthenticationPrincipal ActorPrincipal caller,
                        @RequestParam(defaultValue = "false") boolean includeEnded,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate existedFrom,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate existedTo) {
        if (existedFrom != null || existedTo != null) {
            return organisation.unitsExisting(caller.actor(), existedFrom, existedTo);
        }
        return organisation.units(caller.actor(), includeEnded);
    }
}
