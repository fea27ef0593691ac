package vn.chidao.dashboard;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.chidao.assignment.AssignmentBucket;

/**
 * The {@code dashboard_rollup} table: a count per government, committee, unit, deadline day and standing. A
 * change adds or removes one with an atomic upsert (PostgreSQL's {@code on conflict}; H2's {@code merge}), so
 * two transactions counting into a new row at once cannot both insert it.
 */
@Repository
class RollupStore {

    /** Ongoing assignments have no deadline; the rollup keeps them on this day. */
    static final LocalDate NO_DEADLINE = LocalDate.of(9999, 12, 31);

    private static final String POSTGRES_UPSERT = """
            insert into dashboard_rollup (government_id, committee_id, unit_id, deadline, standing, n)
            values (:government, :committee, :unit, :deadline, :standing, :delta)
            on conflict (government_id, committee_id, unit_id, deadline, standing)
            do update set n = dashboard_rollup.n + excluded.n""";

    private static final String H2_UPSERT = """
            merge into dashboard_rollup t
            using (values (cast(:government as bigint), cast(:committee as bigint), cast(:unit as bigint),
                           cast(:deadline as date), cast(:standing as varchar(20)), cast(:delta as integer)))
                  s (government_id, committee_id, unit_id, deadline, standing, n)
            on t.government_id = s.government_id and t.committee_id = s.committee_id and t.unit_id = s.unit_id
               and t.deadline = s.deadline and t.standing = s.standing
            when matched then update set n = t.n + s.n
            when not matched then insert (government_id, committee_id, unit_id, deadline, standing, n)
                 values (s.government_id, s.committee_id, s.unit_id, s.deadline, s.standing, s.n)""";

    /** One row of the rollup: {@code n} assignments of a unit due on a day, in one standing. */
    record Row(long unitId, LocalDate deadline, AssignmentBucket.Standing standing, long n) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private volatile String upsert;

    RollupStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void add(AssignmentBucket bucket, int delta) {
        LocalDate day = bucket.deadline() == null ? NO_DEADLINE : bucket.deadline();
        jdbc.update(upsert(), new MapSqlParameterSource()
                .addValue("government", bucket.governmentId())
                .addValue("committee", bucket.committeeId())
                .addValue("unit", bucket.unitId())
                .addValue("deadline", Date.valueOf(day))
                .addValue("standing", bucket.standing().name())
                .addValue("delta", delta));
    }

    /** The rows of a government (optionally one committee, one unit) with a deadline in [from, to]. */
    List<Row> rows(long governmentId, Long committeeId, Long unitId, LocalDate from, LocalDate to) {
        StringBuilder sql = new StringBuilder("""
                select unit_id, deadline, standing, sum(n) as n from dashboard_rollup
                where government_id = :government and deadline between :from and :to and n <> 0""");
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("government", governmentId)
                .addValue("from", Date.valueOf(from)).addValue("to", Date.valueOf(to));
        if (committeeId != null) {
            sql.append(" and committee_id = :committee");
            params.addValue("committee", committeeId);
        }
        if (unitId != null) {
            sql.append(" and unit_id = :unit");
            params.addValue("unit", unitId);
        }
        sql.append(" group by unit_id, deadline, standing");
        return jdbc.query(sql.toString(), params, (rs, i) -> new Row(rs.getLong("unit_id"),
                rs.getDate("deadline").toLocalDate(), AssignmentBucket.Standing.valueOf(rs.getString("standing")),
                rs.getLong("n")));
    }

    /** The latest deadline on or before {@code upTo} of a government (optionally one committee, one unit). */
    Optional<LocalDate> latestDeadline(long governmentId, Long committeeId, Long unitId, LocalDate upTo) {
        StringBuilder sql = new StringBuilder("""
                select max(deadline) from dashboard_rollup
                where government_id = :government and deadline <= :upTo and n <> 0 and standing <> 'CANCELLED'""");
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("government", governmentId)
                .addValue("upTo", Date.valueOf(upTo));
        if (committeeId != null) {
            sql.append(" and committee_id = :committee");
            params.addValue("committee", committeeId);
        }
        if (unitId != null) {
            sql.append(" and unit_id = :unit");
            params.addValue("unit", unitId);
        }
        Date latest = jdbc.queryForObject(sql.toString(), params, Date.class);
        return Optional.ofNullable(latest).map(Date::toLocalDate);
    }

    private String upsert() {
        if (upsert == null) {
            String product = jdbc.getJdbcTemplate().execute(
                    (org.springframework.jdbc.core.ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
            upsert = "PostgreSQL".equalsIgnoreCase(product) ? POSTGRES_UPSERT : H2_UPSERT;
        }
        return upsert;
    }
}
