package vn.chidao.extension;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.chidao.assignment.ExtensionStatus;

interface ExtensionRequestRepository extends JpaRepository<ExtensionRequest, Long> {

    Optional<ExtensionRequest> findByAssignmentIdAndStatus(Long assignmentId, ExtensionStatus status);

    List<ExtensionRequest> findByAssignmentIdOrderByRequestedAtAscIdAsc(Long assignmentId);
}
