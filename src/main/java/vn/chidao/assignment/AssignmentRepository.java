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

    /** Serialises two people acting on one assignment: the second waits, then sees the first one's result. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Assignment a where a.id = :id")
    Optional<Assignment> lockById(Long id);

    List<Assignment> findByConclusionId(Long conclusionId);

    List<Assignment> findByDirectiveId(Long directiveId);

    /** Directive id, unit id and role of every assignment of these directives, in the notice's order. */
    @Query("select a.directiveId, a.unitId, a.role from Assignment a where a.directiveId in :directiveIds"
            + " order by a.directiveId, a.id")
    List<Object[]> findUnitsOfDirectives(Collection<Long> directiveIds);

    List<Assignment> findByProcessInstanceIdIn(Collection<String> processInstanceIds);
}
