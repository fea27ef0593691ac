package vn.chidao.assignment;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AssignmentEventRepository extends JpaRepository<AssignmentEvent, Long> {

    List<AssignmentEvent> findByAssignmentIdOrderByAtAscIdAsc(Long assignmentId);

    /** The latest event of one action of each of these assignments before a moment (ties: several rows). */
    @Query("""
            select e from AssignmentEvent e where e.assignmentId in :ids and e.action = :action and e.at < :before
              and e.at = (select max(f.at) from AssignmentEvent f
                          where f.assignmentId = e.assignmentId and f.action = :action and f.at < :before)""")
    List<AssignmentEvent> findLatest(Collection<Long> ids, String action, Instant before);
}
