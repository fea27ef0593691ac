package vn.chidao.assignment;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ExtensionRequestRepository extends JpaRepository<ExtensionRequest, Long> {

    Optional<ExtensionRequest> findByAssignmentIdAndStatus(Long assignmentId, ExtensionStatus status);

    List<ExtensionRequest> findByAssignmentIdOrderByRequestedAtAscIdAsc(Long assignmentId);
}
