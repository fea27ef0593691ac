package vn.chidao.organisation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hibernate.envers.Audited;

/**
 * A department, district, commune or other body that receives directives. Code is unique within its government. It
 * exists from {@code validFrom} (null: always has) until {@code validTo} (null: still does), the day it ended, from
 * which its successors hold its work.
 */
@Entity
@Audited
@Table(name = "unit")
class Unit {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "unit_seq")
    @SequenceGenerator(name = "unit_seq", sequenceName = "unit_seq", allocationSize = 50)
    private Long id;

    @Column(name = "government_id", nullable = false)
    private Long governmentId;

    @Column(nullable = false, length = 30)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "short_name", length = 50)
    private String shortName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private UnitKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Unit parent;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Column(name = "end_reason", length = 2000)
    private String endReason;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "unit_successor", joinColumns = @JoinColumn(name = "unit_id"))
    @OrderColumn(name = "position")
    @Column(name = "successor_id")
    private List<Long> successorIds = new ArrayList<>();

    /** Other names the unit goes by in notices, as an admin wrote them. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "unit_alias", joinColumns = @JoinColumn(name = "unit_id"))
    @OrderColumn(name = "position")
    @Column(name = "alias", length = UnitDto.ALIAS_MAX)
    private List<String> aliases = new ArrayList<>();

    protected Unit() {
    }

    Unit(Long governmentId, String code, String name, String shortName, UnitKind kind, Unit parent) {
        this.governmentId = governmentId;
        this.code = code;
        this.name = name;
        this.shortName = shortName;
        this.kind = kind;
        this.parent = parent;
    }

    Long getId() {
        return id;
    }

    String getCode() {
        return code;
    }

    Unit getParent() {
        return parent;
    }

    Long getGovernmentId() {
        return governmentId;
    }

    boolean isEnded() {
        return validTo != null;
    }

    /** Whether the unit exists on that day: from its first day, before the day it ended. */
    boolean existsOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || day.isBefore(validTo));
    }

    LocalDate getValidFrom() {
        return validFrom;
    }

    /** The unit came into being on that day (null: it always existed); set when it is created. */
    void startOn(LocalDate day) {
        this.validFrom = day;
    }

    /** Ends the unit on that day (the caller checked it exists then) with its successors, in the order given. */
    void end(LocalDate on, List<Long> successors, String reason) {
        this.validTo = on;
        this.endReason = reason;
        this.successorIds.clear();
        this.successorIds.addAll(successors);
    }

    /** The unit moves, as it is or under another code, into the government that absorbed its own. */
    void moveToGovernment(Long governmentId, String code) {
        this.governmentId = governmentId;
        this.code = code;
    }

    /** Renames the unit (code and name) and gives it its kind. */
    void describe(String code, String name, UnitKind kind) {
        this.code = code;
        this.name = name;
        this.kind = kind;
    }

    /** Gives the unit its short name, or none (null): the code stands for it where room is short. */
    void shorten(String shortName) {
        this.shortName = shortName;
    }

    /** Gives the unit these other names (the caller has cleaned them), in this order. */
    void callAlso(List<String> aliases) {
        this.aliases.clear();
        this.aliases.addAll(aliases);
    }

    List<String> getAliases() {
        return List.copyOf(aliases);
    }

    String getName() {
        return name;
    }

    String getShortName() {
        return shortName;
    }

    UnitKind getKind() {
        return kind;
    }

    /** Puts the unit under another (null: directly under the People's Committee); the caller has ruled out cycles. */
    void moveTo(Unit parent) {
        this.parent = parent;
    }

    /** Whether this unit is {@code other} or somewhere below it (its child, grandchild ...). */
    boolean isOrIsUnder(Unit other) {
        // Through the getters: a parent may be a lazy proxy, whose own fields are empty.
        for (Unit u = this; u != null; u = u.getParent()) {
            if (u.getId().equals(other.getId())) {
                return true;
            }
        }
        return false;
    }

    /** As the API sees it, the successors' codes from {@code codes} (id → code; codes of the same government). */
    UnitDto toDto(Map<Long, String> codes) {
        return new UnitDto(id, governmentId, code, name, shortName, kind, parent == null ? null : parent.getCode(),
                validFrom, validTo, successorIds.stream().map(codes::get).toList(), endReason, List.copyOf(aliases));
    }

    List<Long> getSuccessorIds() {
        return List.copyOf(successorIds);
    }
}
