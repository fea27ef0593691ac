package vn.chidao.indicator;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import vn.chidao.base.ActorPrincipal;

@RestController
class IndicatorController {

    private final IndicatorService indicators;

    IndicatorController(IndicatorService indicators) {
        this.indicators = indicators;
    }

    /** Anyone signed in: the DTI indicators, to tag directives and filter the register. */
    @GetMapping("/api/indicators")
    List<IndicatorDto> all() {
        return indicators.all();
    }

    /** The installation's ADMIN: an indicator's names and weight. */
    @PutMapping("/api/admin/indicators/{code}")
    IndicatorDto update(@AuthenticationPrincipal ActorPrincipal caller, @PathVariable String code,
                        @RequestBody IndicatorChange change) {
        return indicators.update(caller.actor(), code, change);
    }
}
