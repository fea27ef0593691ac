package vn.chidao.conclusion;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import vn.chidao.organisation.UnitDto;

/**
 * One directive card's fields, with the constraints of {@link DirectiveDraft} (units as picked objects
 * rather than codes), for a {@code BeanValidationBinder} (public because the binder reads its properties
 * by reflection). The deadline is one of three kinds: a day, a number of working days from the issue date, or
 * none (thường xuyên, with a reporting period instead).
 *
 * <p>Several units picked at once ({@link #getUnits()}) map onto the model in one of two ways, as DOMAIN.md has
 * it (a task given to a group binds every unit of the group; each task has exactly one lead):
 * <ul>
 * <li>by default the directive keeps its one lead unit and the picked units coordinate (phối hợp);</li>
 * <li>{@link #isSeparately() separately} (Giao riêng cho từng đơn vị): the card becomes one directive per picked
 * unit, each unit the lead of its own copy, with the same content and deadline ({@link #toDrafts}).</li>
 * </ul>
 */
public class DirectiveForm {

    /** How the directive's deadline is given. */
    public enum DeadlineKind {
        DATE,
        WORKING_DAYS,
        ONGOING
    }

    @NotBlank(message = "{error.required}")
    @Size(max = 4000, message = "{error.size}")
    private String content;

    /** Required unless {@link #separately} (the card's binder checks it; the service has the final word). */
    private UnitDto leadUnit;

    private Set<UnitDto> units = new LinkedHashSet<>();
    private boolean separately;
    private DeadlineKind deadlineKind = DeadlineKind.DATE;
    private LocalDate deadline;

    @Min(value = 1, message = "{error.workingDays}")
    @Max(value = 365, message = "{error.workingDays}")
    private Integer deadlineWorkingDays;

    @NotNull(message = "{error.required}")
    @Min(value = 0, message = "{error.reminderDays}")
    @Max(value = 30, message = "{error.reminderDays}")
    private Integer reminderDays = DirectiveDraft.DEFAULT_REMINDER_DAYS;

    private String reportEvery = ReportPeriod.MONTHLY.iso();
    private boolean leaderSignOff;
    private boolean evidenceRequired;
    /** The DTI indicators' codes the directive serves (the card picks main ones; sub-indicators set elsewhere stay). */
    private Set<String> indicators = new TreeSet<>();

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

    /** The picked units: the coordinating units, or, {@link #isSeparately() separately}, the lead of each copy. */
    public Set<UnitDto> getUnits() {
        return units;
    }

    public void setUnits(Set<UnitDto> units) {
        this.units = new LinkedHashSet<>(units == null ? Set.of() : units);
    }

    /** Giao riêng cho từng đơn vị: one directive per picked unit, each unit the lead of its own. */
    public boolean isSeparately() {
        return separately;
    }

    public void setSeparately(boolean separately) {
        this.separately = separately;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }

    public DeadlineKind getDeadlineKind() {
        return deadlineKind;
    }

    public void setDeadlineKind(DeadlineKind deadlineKind) {
        this.deadlineKind = deadlineKind;
    }

    public Integer getDeadlineWorkingDays() {
        return deadlineWorkingDays;
    }

    public void setDeadlineWorkingDays(Integer deadlineWorkingDays) {
        this.deadlineWorkingDays = deadlineWorkingDays;
    }

    public Integer getReminderDays() {
        return reminderDays;
    }

    public void setReminderDays(Integer reminderDays) {
        this.reminderDays = reminderDays;
    }

    /** The ISO period the lead unit of an ongoing directive reports by (P1M unless chosen). */
    public String getReportEvery() {
        return reportEvery;
    }

    public void setReportEvery(String reportEvery) {
        this.reportEvery = reportEvery;
    }

    public boolean isLeaderSignOff() {
        return leaderSignOff;
    }

    public void setLeaderSignOff(boolean leaderSignOff) {
        this.leaderSignOff = leaderSignOff;
    }

    public boolean isEvidenceRequired() {
        return evidenceRequired;
    }

    public void setEvidenceRequired(boolean evidenceRequired) {
        this.evidenceRequired = evidenceRequired;
    }

    public Set<String> getIndicators() {
        return indicators;
    }

    public void setIndicators(Collection<String> indicators) {
        this.indicators = new TreeSet<>(indicators == null ? Set.of() : indicators);
    }

    /** A saved directive to edit again, its units picked from {@code units} by code. */
    static DirectiveForm of(ConclusionDetail.DirectiveDetail saved, Map<String, UnitDto> units) {
        DirectiveForm form = new DirectiveForm();
        form.setContent(saved.content());
        form.setLeadUnit(units.get(saved.leadUnit()));
        form.setUnits(saved.coordinatingUnits().stream().map(units::get).filter(Objects::nonNull)
                .collect(Collectors.toCollection(LinkedHashSet::new)));
        DeadlineKind kind = saved.ongoing() ? DeadlineKind.ONGOING
                : saved.deadlineWorkingDays() != null ? DeadlineKind.WORKING_DAYS : DeadlineKind.DATE;
        form.setDeadlineKind(kind);
        form.setDeadline(kind == DeadlineKind.DATE ? saved.deadline() : null);
        form.setDeadlineWorkingDays(saved.deadlineWorkingDays());
        form.setReminderDays(saved.reminderDays());
        if (saved.reportEvery() != null) {
            ReportPeriod choice = ReportPeriod.of(saved.reportEvery());
            form.setReportEvery(choice == null ? saved.reportEvery() : choice.iso());
        }
        form.setLeaderSignOff(saved.leaderSignOff());
        form.setEvidenceRequired(saved.evidenceRequired());
        form.setIndicators(saved.indicators());
        return form;
    }

    /**
     * A proposed directive (a notice read by {@code conclusion.parse}) as a card, its units picked from {@code units}
     * by code; a deadline of no kind (none was read) leaves a day to fill in.
     */
    static DirectiveForm of(DirectiveDraft draft, Map<String, UnitDto> units) {
        DirectiveForm form = new DirectiveForm();
        form.setContent(draft.content());
        form.setLeadUnit(draft.leadUnit() == null ? null : units.get(draft.leadUnit()));
        form.setUnits(draft.coordinatingUnits().stream().map(units::get).filter(Objects::nonNull)
                .collect(Collectors.toCollection(LinkedHashSet::new)));
        DeadlineKind kind = draft.ongoing() ? DeadlineKind.ONGOING
                : draft.deadlineWorkingDays() != null ? DeadlineKind.WORKING_DAYS : DeadlineKind.DATE;
        form.setDeadlineKind(kind);
        form.setDeadline(draft.deadline());
        form.setDeadlineWorkingDays(draft.deadlineWorkingDays());
        ReportPeriod period = ReportPeriod.of(draft.reportEvery());
        if (period != null) {
            form.setReportEvery(period.iso());
        }
        form.setIndicators(draft.indicators());
        return form;
    }

    /** Another card with the same fields (the editor's "Nhân bản"). */
    DirectiveForm copy() {
        DirectiveForm copy = new DirectiveForm();
        copy.setContent(content);
        copy.setLeadUnit(leadUnit);
        copy.setUnits(units);
        copy.setSeparately(separately);
        copy.setDeadlineKind(deadlineKind);
        copy.setDeadline(deadline);
        copy.setDeadlineWorkingDays(deadlineWorkingDays);
        copy.setReminderDays(reminderDays);
        copy.setReportEvery(reportEvery);
        copy.setLeaderSignOff(leaderSignOff);
        copy.setEvidenceRequired(evidenceRequired);
        copy.setIndicators(indicators);
        return copy;
    }

    /**
     * The drafts the service takes for this card: one with the lead and the picked units coordinating, or, given
     * {@link #isSeparately() separately}, one per picked unit (in the order of {@code order}, the government's
     * units), that unit leading it and none coordinating.
     */
    List<DirectiveDraft> toDrafts(List<UnitDto> order) {
        if (!separately) {
            return List.of(draft(leadUnit, units.stream().map(UnitDto::code).toList()));
        }
        return order.stream().filter(units::contains).map(unit -> draft(unit, List.of())).toList();
    }

    /** The draft for one lead: units by code, and only the deadline of the chosen kind. */
    private DirectiveDraft draft(UnitDto lead, List<String> coordinating) {
        return new DirectiveDraft(content == null ? "" : content.trim(), lead == null ? "" : lead.code(),
                coordinating, deadlineKind == DeadlineKind.DATE ? deadline : null,
                deadlineKind == DeadlineKind.ONGOING, leaderSignOff,
                deadlineKind == DeadlineKind.WORKING_DAYS ? deadlineWorkingDays : null, reminderDays,
                deadlineKind == DeadlineKind.ONGOING ? reportEvery : null, evidenceRequired, List.copyOf(indicators));
    }
}
