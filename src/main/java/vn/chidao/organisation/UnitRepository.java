package vn.chidao.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UnitRepository extends JpaRepository<Unit, Long> {

    @Query("select u from Unit u left join fetch u.parent where u.governmentId = :governmentId")
    List<Unit> findAllOfGovernment(Long governmentId);

    @Query("select u from Unit u left join fetch u.parent where u.governmentId = :governmentId and upper(u.code) = upper(:code)")
    Optional<Unit> findByCode(Long governmentId, String code);

    @Query("select u from Unit u left join fetch u.parent where u.id in :ids")
    List<Unit> findAllWithParent(Collection<Long> ids);
}
