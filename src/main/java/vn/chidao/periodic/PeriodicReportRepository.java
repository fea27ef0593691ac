package vn.chidao.periodic;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PeriodicReportRepository extends JpaRepository<PeriodicReport, Long> {

    List<PeriodicReport> findByAssignmentIdOrderByPeriodNoAsc(Long assignmentId);

    Optional<PeriodicReport> findFirstByAssignmentIdOrderByPeriodNoDesc(Long assignmentId);

    Optional<PeriodicReport> findByAssignmentIdAndPeriodNo(Long assignmentId, int periodNo);
}
