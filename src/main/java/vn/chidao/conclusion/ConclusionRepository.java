package vn.chidao.conclusion;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ConclusionRepository extends JpaRepository<Conclusion, Long>, JpaSpecificationExecutor<Conclusion> {

    /** Serialises the people acting on one conclusion: the second waits, then sees the first one's result. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Conclusion c where c.id = :id")
    Optional<Conclusion> lockById(Long id);

    @Override
    @EntityGraph(attributePaths = "committee")
    Page<Conclusion> findAll(Specification<Conclusion> spec, Pageable pageable);

    @EntityGraph(attributePaths = "committee")
    List<Conclusion> findByProcessInstanceIdIn(Collection<String> processInstanceIds);

    boolean existsByIssuerGovernmentIdAndIssueYearAndNumberKey(Long issuerGovernmentId, Integer issueYear,
                                                               String numberKey);

    /** The numbers the notices the government issued in {@code year} carry, for the series of its offices. */
    @Query("select c.number from Conclusion c where c.issuerGovernmentId = :governmentId and c.issueYear = :year"
            + " and c.number is not null")
    List<String> numbersOfYear(Long governmentId, int year);

    List<Conclusion> findByGovernmentId(Long governmentId);

    @Query("select d.conclusion.id, count(d) from Directive d where d.conclusion.id in :ids group by d.conclusion.id")
    List<Object[]> countDirectives(Collection<Long> ids);
}
