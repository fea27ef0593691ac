package vn.chidao.indicator;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

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
}
