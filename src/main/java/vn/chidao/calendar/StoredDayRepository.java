package vn.chidao.calendar;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface StoredDayRepository extends JpaRepository<StoredDay, Long> {

    @Query("select d from StoredDay d order by d.date")
    List<StoredDay> findAllInOrder();

    /** Deletes at once, before the new days are inserted (their dates are unique). */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from StoredDay d where d.yearNumber = :year")
    int deleteYear(int year);
}
