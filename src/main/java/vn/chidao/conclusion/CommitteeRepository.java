package vn.chidao.conclusion;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CommitteeRepository extends JpaRepository<Committee, Long> {

    Optional<Committee> findByGovernmentIdAndNameIgnoreCase(Long governmentId, String name);

    List<Committee> findByGovernmentIdOrderByName(Long governmentId);
}
