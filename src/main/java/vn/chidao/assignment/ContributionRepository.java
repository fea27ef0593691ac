package vn.chidao.assignment;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ContributionRepository extends JpaRepository<Contribution, Long> {

    List<Contribution> findByDirectiveIdOrderByAtAscIdAsc(Long directiveId);
}
