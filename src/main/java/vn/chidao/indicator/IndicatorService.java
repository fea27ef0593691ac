package vn.chidao.indicator;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import jakarta.validation.Valid;
import org.apache.commons.lang3.StringUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import vn.chidao.base.Actor;
import vn.chidao.base.ForbiddenException;
import vn.chidao.base.InvalidInputException;
import vn.chidao.base.NotFoundException;
import vn.chidao.base.Role;

/**
 * The DTI indicators, in their order (each main indicator followed by its sub-indicators). They are the
 * installation's reference data: its administrator edits their names and weights, the change kept in the audit trail.
 */
@Service
@Validated
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

    /**
     * The installation's ADMIN sets an indicator's names and weight; its code, parent and place stay. 403 for other
     * roles and for a government's ADMIN (the indicators are the whole country's); 404 for an unknown code; 400 on
     * {@code name}, {@code nameEn} (blank, over 500 characters) or {@code weight} (outside 0-1000, or given for a
     * sub-indicator, which has none).
     */
    @Transactional
    public IndicatorDto update(Actor actor, String code, @Valid IndicatorChange change) {
        actor.require(Role.ADMIN);
        if (!actor.isInstallationAdmin()) {
            throw new ForbiddenException("error.indicator.installationAdmin");
        }
        Indicator indicator = indicators.findById(StringUtils.trimToEmpty(code).toUpperCase(Locale.ROOT))
                .orElseThrow(() -> new NotFoundException("error.indicator.notFound", code));
        if (!indicator.isMain() && change.weight() != null) {
            throw InvalidInputException.of("weight", "error.indicator.subWeight");
        }
        indicator.describe(change.name().trim(), change.nameEn().trim(), change.weight());
        return indicator.toDto();
    }
}
