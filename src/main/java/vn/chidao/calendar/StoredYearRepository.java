package vn.chidao.calendar;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface StoredYearRepository extends JpaRepository<StoredYear, Integer> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select y from StoredYear y where y.yearNumber = :year")
    Optional<StoredYear> lockByYear(int year);
}
