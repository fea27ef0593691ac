package vn.chidao.periodic;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PeriodicReportRepository extends JpaRepository<PeriodicReport, Long> {

    List<PeriodicReport> findByAssignmentIdOrderByPeriodNoAsc(Long assignmentId);

    Optional<PeriodicReport> findFirstByAssignmentIdOrderByPeriodNoDesc(Long assignmentId);

    Optional<PeriodicReport> findByAssignmentIdAndPeriodNo(Long assignmentId, int periodNo);

    /** Pairs (assignment id, period number) of the periods still without a report whose due day is before the day. */
    @Query("select r.assignmentId, r.periodNo from PeriodicReport r"
            + " where r.assignmentId in :ids and r.reportedOn is null and r.due < :day")
    List<Object[]> unreportedDueBefore(Collection<Long> ids, LocalDate day);
}
