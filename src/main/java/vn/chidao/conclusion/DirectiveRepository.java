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

    /** See {@link DirectiveSearch#idsMatching}; {@code pattern} is lower-case and escaped with '!'. */
    @Query("""
            select d.id from Directive d join d.conclusion c
            where c.governmentId = :governmentId
              and (lower(d.content) like :pattern escape '!'
                   or lower(c.title) like :pattern escape '!'
                   or lower(coalesce(c.number, '')) like :pattern escape '!')""")
    List<Long> findIdsMatching(long governmentId, String pattern);

    /** See {@link DirectiveSearch#idsTagged}. */
    @Query("""
            select distinct d.id from Directive d join d.conclusion c join d.indicatorCodes code
            where c.governmentId = :governmentId and (code = :code or code like :subCodes)""")
    List<Long> findIdsTagged(long governmentId, String code, String subCodes);
}
