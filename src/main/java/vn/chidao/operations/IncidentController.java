package vn.chidao.operations;

import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.chidao.base.ActorPrincipal;
import vn.chidao.base.PageResult;

@RestController
@RequestMapping("/api/admin/incidents")
class IncidentController {

    private final EngineIncidents incidents;

    IncidentController(EngineIncidents incidents) {
        this.incidents = incidents;
    }

    /** {@code ?page=&size=} → {@code {items, total}}, newest first; installation admins only. */
    @GetMapping
    PageResult<IncidentView> list(@AuthenticationPrincipal ActorPrincipal caller,
                                  @RequestParam(defaultValue = "0") int page,
                                  @RequestParam(defaultValue = "50") int size) {
        return PageResult.of(incidents.open(caller.actor(), PageResult.request(page, size, Sort.unsorted())));
    }

    /** One more try of the failed job: 204; 404 unknown incident; 409 no job to retry. */
    @PostMapping("/{id}/retry")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void retry(@AuthenticationPrincipal ActorPrincipal caller, @PathVariable String id) {
        incidents.retry(caller.actor(), id);
    }
}
