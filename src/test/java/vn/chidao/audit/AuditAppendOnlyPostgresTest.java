package vn.chidao.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.chidao.support.ChidaoTest;
import vn.chidao.support.Fixtures;
import vn.chidao.support.World;

/**
 * On PostgreSQL (the {@code postgres-tests} profile) the database itself refuses to change or remove the audit
 * trail, whoever connects: UPDATE, DELETE and TRUNCATE on the revisions, the records and Envers' copies fail, while
 * new changes are still recorded.
 */
@ChidaoTest
@EnabledIfSystemProperty(named = "spring.profiles.active", matches = ".*postgres.*")
class AuditAppendOnlyPostgresTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theDatabaseRefusesToUpdateDeleteOrTruncateTheAuditTrail() {
        World world = fixtures.newWorld();
        long record = jdbc.queryForObject("select max(id) from audit_record where government_code = ?", Long.class,
                world.government().code());
        long revision = jdbc.queryForObject("select revision_id from audit_record where id = ?", Long.class, record);

        for (String change : List.of("update audit_record set username = 'someone' where id = " + record,
                "delete from audit_record where id = " + record,
                "update audit_revision set username = 'someone' where id = " + revision,
                "delete from audit_revision where id = " + revision,
                "update government_aud set name = 'x' where id = " + world.government().id(),
                "delete from unit_aud where government_id = " + world.government().id(),
                "truncate audit_record cascade",
                "truncate assignment_aud")) {
            assertThatThrownBy(() -> jdbc.execute(change)).as(change).isInstanceOf(DataAccessException.class)
                    .rootCause().hasMessageContaining("append-only");
        }

        assertThat(jdbc.queryForObject("select username from audit_record where id = ?", String.class, record))
                .isNotEqualTo("someone");
        assertThat(jdbc.queryForObject("select count(*) from unit_aud where government_id = ?", Long.class,
                world.government().id())).isEqualTo(3);
        long before = jdbc.queryForObject("select count(*) from audit_record", Long.class);
        fixtures.newWorld();
        assertThat(jdbc.queryForObject("select count(*) from audit_record", Long.class)).isGreaterThan(before);
        assertThat(jdbc.queryForObject("select count(*) from pg_trigger where tgname = 'audit_append_only'",
                Long.class)).as("one per audit table").isEqualTo(auditTables());
    }

    private long auditTables() {
        return jdbc.queryForObject("select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace"
                + " where c.relkind = 'r' and n.nspname = current_schema()"
                + " and (c.relname in ('audit_revision', 'audit_record') or c.relname like '%\\_aud')", Long.class);
    }
}
