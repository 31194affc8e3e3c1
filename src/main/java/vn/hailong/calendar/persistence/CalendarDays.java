package vn.hailong.calendar.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import vn.hailong.calendar.CalendarDay;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface CalendarDays extends CrudRepository<CalendarDay, Long> {

    @Query("SELECT * FROM calendar_days WHERE country = :country AND unit_id IS NULL "
            + "AND day BETWEEN :from AND :to ORDER BY day, id")
    List<CalendarDay> findCountryDays(String country, LocalDate from, LocalDate to);

    @Query("SELECT * FROM calendar_days WHERE unit_id IN (:unitIds) AND day BETWEEN :from AND :to ORDER BY day, id")
    List<CalendarDay> findUnitDays(Collection<Long> unitIds, LocalDate from, LocalDate to);

    /** The row of one day in one scope (unit id, or 0 for the country), if any: the unique key allows one. */
    @Query("SELECT * FROM calendar_days WHERE country = :country AND scope_unit_id = :scopeUnitId AND day = :day")
    List<CalendarDay> findSameDay(String country, long scopeUnitId, LocalDate day);
}
