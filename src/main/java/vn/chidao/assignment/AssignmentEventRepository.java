package vn.chidao.assignment;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AssignmentEventRepository extends JpaRepository<AssignmentEvent, Long> {

    List<AssignmentEvent> findByAssignmentIdOrderByAtAscIdAsc(Long assignmentId);
}
