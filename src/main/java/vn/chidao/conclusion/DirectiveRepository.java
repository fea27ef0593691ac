package vn.chidao.conclusion;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DirectiveRepository extends JpaRepository<Directive, Long> {

    @Query("select d from Directive d join fetch d.conclusion c join fetch c.committee where d.id in :ids")
    List<Directive> findAllWithConclusion(Collection<Long> ids);

    @Query("select d from Directive d join fetch d.conclusion c join fetch c.committee where c.id = :conclusionId order by d.ordinal")
    List<Directive> findByConclusion(Long conclusionId);
}
