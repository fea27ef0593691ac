package vn.chidao.security;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SubstituteRepository extends JpaRepository<Substitute, Long> {

    @Query("select s from Substitute s where s.absent = :absent order by s.from, s.id")
    List<Substitute> findByAbsent(String absent);

    List<Substitute> findByGovernmentId(Long governmentId);

    @Query("select count(s) > 0 from Substitute s where s.absent = :absent and s.from <= :to and s.to >= :from")
    boolean overlaps(String absent, LocalDate from, LocalDate to);

    @Query("select s.substitute from Substitute s where s.absent in :absent and s.from <= :day and s.to >= :day")
    List<String> substitutesOf(Collection<String> absent, LocalDate day);

    @Query("select s.absent from Substitute s where s.substitute = :substitute and s.from <= :day and s.to >= :day")
    List<String> standingInFor(String substitute, LocalDate day);
}
