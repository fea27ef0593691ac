package vn.chidao.deadline;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chidao.base.Actor;
import vn.chidao.base.ForbiddenException;
import vn.chidao.base.Role;
import vn.chidao.conclusion.ConclusionService;

/**
 * How often each unit was criticised (phê bình) by a leader after an overdue escalation: the {@code CRITICISED}
 * steps of the assignments' histories, counted in one grouped query. The same scope as the register: the whole
 * government for the secretariat, leaders and admins, their own unit for unit roles.
 */
@Service
@Transactional(readOnly = true)
public class CriticismService {

    static final String CRITICISED = "CRITICISED";

    private final NamedParameterJdbcTemplate jdbc;
    private final ConclusionService conclusions;

    CriticismService(NamedParameterJdbcTemplate jdbc, ConclusionService conclusions) {
        this.jdbc = jdbc;
        this.conclusions = conclusions;
    }

    /**
     * Criticisms per unit id, for the assignments of {@code committee} (id or name; null: all) whose deadline
     * is within [from, to] (either end open when null; ongoing assignments, without a deadline, are left out
     * when either is set). Units never criticised are absent.
     */
    public Map<Long, Long> criticismsPerUnit(Actor actor, String committee, LocalDate from, LocalDate to) {
        if (actor.governmentId() == null) {
            throw new ForbiddenException("error.government");
        }
        StringBuilder sql = new StringBuilder("""
                select a.unit_id, count(*) as n from assignment_event e join assignment a on a.id = e.assignment_id
                where e.action = :action and a.government_id = :government""");
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("action", CRITICISED)
                .addValue("government", actor.governmentId());
        if (!actor.hasAny(Role.SECRETARIAT, Role.LEADER, Role.ADMIN)) {
            actor.require(Role.UNIT_HEAD, Role.FOCAL_POINT);
            sql.append(" and a.unit_id = :unit");
            params.addValue("unit", actor.unitId());
        }
        if (committee != null && !committee.isBlank()) {
            sql.append(" and a.committee_id = :committee");
            params.addValue("committee", conclusions.committee(actor, committee, "committee").id());
        }
        if (from != null || to != null) {
            sql.append(" and a.deadline is not null");
        }
        if (from != null) {
            sql.append(" and a.deadline >= :from");
            params.addValue("from", Date.valueOf(from));
        }
        if (to != null) {
            sql.append(" and a.deadline <= :to");
            params.addValue("to", Date.valueOf(to));
        }
        sql.append(" group by a.unit_id");
        Map<Long, Long> perUnit = new HashMap<>();
        jdbc.query(sql.toString(), params, rs -> {
            perUnit.put(rs.getLong("unit_id"), rs.getLong("n"));
        });
        return perUnit;
    }
}
