package vn.chidao.conclusion;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ConclusionEventRepository extends JpaRepository<ConclusionEvent, Long> {

    List<ConclusionEvent> findByConclusionIdOrderByAtAscIdAsc(Long conclusionId);
}
