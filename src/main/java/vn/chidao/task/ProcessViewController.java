package vn.chidao.task;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.chidao.base.ActorPrincipal;
import vn.chidao.base.ProcessView;

@RestController
class ProcessViewController {

    private final ProcessViewService processes;

    ProcessViewController(ProcessViewService processes) {
        this.processes = processes;
    }

    /** The assignment's process diagram: {@code {definitionId, version, xml, current, currentNames, waiting, passed, passedFlows}}. */
    @GetMapping("/api/assignments/{id}/process")
    ProcessView process(@AuthenticationPrincipal ActorPrincipal caller, @PathVariable long id) {
        return processes.processView(caller.actor(), id);
    }
}
