package vn.chidao.assignment;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface AssignmentRepository extends JpaRepository<Assignment, Long>, JpaSpecificationExecutor<Assignment> {

    /** Whether {@code unitId} holds the directive's part of {@code role} (the lead unit reading contributions). */
    boolean existsByDirectiveIdAndUnitIdAndRole(Long directiveId, Long unitId, AssignmentRole role);

    /** Serialises two people acting on one assignment: the second waits, then sees the first one's result. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Assignment a where a.id = :id")
    Optional<Assignment> lockById(Long id);

    /**
     * Locks every part of a directive, in id order: a reassignment checks that the new unit has none while no
     * one else can give it one.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Assignment a where a.directiveId = :directiveId order by a.id")
    List<Assignment> lockByDirectiveId(Long directiveId);

    /** Id and directive id of a unit's assignments not in {@code closed}, unlocked. */
    @Query("select a.id, a.directiveId from Assignment a where a.governmentId = :governmentId"
            + " and a.unitId = :unitId and a.status not in :closed")
    List<Object[]> findIdsOfUnit(Long governmentId, Long unitId, Collection<AssignmentStatus> closed);

    /** Id and directive id of these assignments of a government, unlocked. */
    @Query("select a.id, a.directiveId from Assignment a where a.governmentId = :governmentId and a.id in :ids")
    List<Object[]> findIdsIn(Long governmentId, Collection<Long> ids);

    List<Assignment> findByConclusionId(Long conclusionId);

    List<Assignment> findByGovernmentIdOrderById(Long governmentId);

    /** Ids only: callers lock each row before reading it ({@link #lockById}). */
    @Query("select a.id from Assignment a where a.directiveId = :directiveId order by a.id")
    List<Long> findIdsByDirectiveId(Long directiveId);

    /** Directive id, unit id and role of every assignment of these directives, in the notice's order. */
    @Query("select a.directiveId, a.unitId, a.role from Assignment a where a.directiveId in :directiveIds"
            + " order by a.directiveId, a.id")
    List<Object[]> findUnitsOfDirectives(Collection<Long> directiveIds);

    List<Assignment> findByProcessInstanceIdIn(Collection<String> processInstanceIds);
}
