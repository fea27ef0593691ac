package vn.chidao.security;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.chidao.base.ActorPrincipal;

@RestController
@RequestMapping("/api/me/substitutes")
class SubstituteController {

    private final SubstituteService substitutes;

    SubstituteController(SubstituteService substitutes) {
        this.substitutes = substitutes;
    }

    @GetMapping
    List<SubstituteDto> mine(@AuthenticationPrincipal ActorPrincipal caller) {
        return substitutes.mine(caller.actor());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    SubstituteDto name(@AuthenticationPrincipal ActorPrincipal caller, @RequestBody SubstituteInput input) {
        return substitutes.name(caller.actor(), input);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(@AuthenticationPrincipal ActorPrincipal caller, @PathVariable long id) {
        substitutes.remove(caller.actor(), id);
    }
}
