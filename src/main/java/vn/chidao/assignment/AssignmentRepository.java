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

    /** Ids only: callers lock each row before reading it ({@link #lockById}). */
    @Query("select a.id from Assignment a where a.directiveId = :directiveId order by a.id")
    List<Long> findIdsByDirectiveId(Long directiveId);

    List<Assignment> findByProcessInstanceIdIn(Collection<String> processInstanceIds);
}
