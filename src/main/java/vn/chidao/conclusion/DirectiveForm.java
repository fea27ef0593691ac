package vn.chidao.conclusion;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import vn.chidao.organisation.UnitDto;

/**
 * One directive card's fields, with the constraints of {@link DirectiveDraft} (units as picked objects
 * rather than codes), for a {@code BeanValidationBinder} (public because the binder reads its properties
 * by reflection).
 */
public class DirectiveForm {

    @NotBlank(message = "{error.required}")
    @Size(max = 4000, message = "{error.size}")
    private String content;

    @NotNull(message = "{error.required}")
    private UnitDto leadUnit;

    private Set<UnitDto> coordinatingUnits = new LinkedHashSet<>();
    private LocalDate deadline;
    private boolean ongoing;
    private boolean leaderSignOff;

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }

    public UnitDto getLeadUnit() {
        return leadUnit;
    }

    public void setLeadUnit(UnitDto leadUnit) {
        this.leadUnit = leadUnit;
    }

    public Set<UnitDto> getCoordinatingUnits() {
        return coordinatingUnits;
    }

    public void setCoordinatingUnits(Set<UnitDto> coordinatingUnits) {
        this.coordinatingUnits = new LinkedHashSet<>(coordinatingUnits == null ? Set.of() : coordinatingUnits);
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }

    public boolean isOngoing() {
        return ongoing;
    }

    public void setOngoing(boolean ongoing) {
        this.ongoing = ongoing;
    }

    public boolean isLeaderSignOff() {
        return leaderSignOff;
    }

    public void setLeaderSignOff(boolean leaderSignOff) {
        this.leaderSignOff = leaderSignOff;
    }

    /** A saved directive to edit again, its units picked from {@code units} by code. */
    static DirectiveForm of(ConclusionDetail.DirectiveDetail saved, Map<String, UnitDto> units) {
        DirectiveForm form = new DirectiveForm();
        form.setContent(saved.content());
        form.setLeadUnit(units.get(saved.leadUnit()));
        form.setCoordinatingUnits(saved.coordinatingUnits().stream().map(units::get).filter(Objects::nonNull)
                .collect(Collectors.toCollection(LinkedHashSet::new)));
        form.setDeadline(saved.deadline());
        form.setOngoing(saved.ongoing());
        form.setLeaderSignOff(saved.leaderSignOff());
        return form;
    }

    /** The draft the service takes: units by code, no deadline when ongoing. */
    DirectiveDraft toDraft() {
        return new DirectiveDraft(content == null ? "" : content.trim(), leadUnit == null ? "" : leadUnit.code(),
                coordinatingUnits.stream().map(UnitDto::code).toList(), ongoing ? null : deadline, ongoing,
                leaderSignOff);
    }
}
