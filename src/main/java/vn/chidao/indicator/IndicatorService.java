package vn.chidao.indicator;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The DTI indicators, in their order (each main indicator followed by its sub-indicators). */
@Service
public class IndicatorService {

    private final IndicatorRepository indicators;

    IndicatorService(IndicatorRepository indicators) {
        this.indicators = indicators;
    }

    @Transactional(readOnly = true)
    public List<IndicatorDto> all() {
        return indicators.findAllByOrderByOrdinal().stream().map(Indicator::toDto).toList();
    }

    /** The nine main indicators. */
    @Transactional(readOnly = true)
    public List<IndicatorDto> main() {
        return all().stream().filter(IndicatorDto::isMain).toList();
    }

    /** The codes, normalised to upper case, that name no indicator. */
    @Transactional(readOnly = true)
    public List<String> unknown(Collection<String> codes) {
        Set<String> known = all().stream().map(IndicatorDto::code).collect(Collectors.toSet());
        return codes.stream().filter(c -> c == null || !known.contains(c.trim().toUpperCase(Locale.ROOT))).toList();
    }
}
