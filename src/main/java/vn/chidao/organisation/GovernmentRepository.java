package vn.chidao.organisation;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface GovernmentRepository extends JpaRepository<Government, Long> {

    Optional<Government> findByCodeIgnoreCase(String code);

    boolean existsByCodeIgnoreCase(String code);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select g from Government g where g.id = :id")
    Optional<Government> lockById(Long id);
}
