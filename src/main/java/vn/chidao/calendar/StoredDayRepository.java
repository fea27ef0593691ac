package vn.chidao.calendar;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StoredDayRepository extends JpaRepository<StoredDay, Long> {

    @Query("select d from StoredDay d order by d.date")
    List<StoredDay> findAllInOrder();

    List<StoredDay> findByYearNumber(int yearNumber);
}
