package vn.chidao.delivery;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.chidao.base.ActorPrincipal;

@RestController
@RequestMapping("/api/me/preferences")
class PreferencesController {

    private final PreferenceService preferences;

    PreferencesController(PreferenceService preferences) {
        this.preferences = preferences;
    }

    @GetMapping
    Preferences get(@AuthenticationPrincipal ActorPrincipal caller) {
        return preferences.mine(caller.actor());
    }

    @PutMapping
    Preferences put(@AuthenticationPrincipal ActorPrincipal caller, @RequestBody Preferences wanted) {
        return preferences.change(caller.actor(), wanted);
    }
}
