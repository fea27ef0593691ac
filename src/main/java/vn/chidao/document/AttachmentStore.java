package vn.chidao.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Blob;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import vn.chidao.base.time.Dates;

/**
 * The attachment table through JDBC: the content column is a large object on PostgreSQL and a blob on H2, written
 * with {@code setBlob(stream, length)} and read back with {@code getBlob().getBinaryStream()}, which both drivers
 * stream, so a file never sits whole in memory. Runs in the caller's transaction (a large object is transactional:
 * a rolled-back step leaves none behind).
 */
@Repository
class AttachmentStore {

    private static final String COLUMNS =
            "id, owner_kind, owner_id, event_id, step, name, size_bytes, sha256, content_type, created_by, created_at";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    AttachmentStore(JdbcTemplate jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    /** One checked file: its name, size, hash and type are already known. */
    record NewAttachment(AttachmentOwner owner, long ownerId, Long eventId, String step, String name, long size,
                         String sha256, String type, String user, Instant at) {
    }

    long insert(NewAttachment file, InputStream content) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement insert = connection.prepareStatement("insert into attachment (owner_kind, owner_id,"
                    + " event_id, step, name, size_bytes, sha256, content_type, content, created_by, created_at)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
            insert.setString(1, file.owner().name());
            insert.setLong(2, file.ownerId());
            insert.setObject(3, file.eventId(), Types.BIGINT);
            insert.setString(4, file.step());
            insert.setString(5, file.name());
            insert.setLong(6, file.size());
            insert.setString(7, file.sha256());
            insert.setString(8, file.type());
            insert.setBlob(9, content, file.size());
            insert.setString(10, file.user());
            insert.setObject(11, file.at().atOffset(ZoneOffset.UTC));
            return insert;
        }, keys);
        return keys.getKey().longValue();
    }

    /** The files of the owners, with their owners, in the order they were attached. */
    List<Stored> of(AttachmentOwner owner, Collection<Long> ownerIds) {
        if (ownerIds.isEmpty()) {
            return List.of();
        }
        return named.query("select " + COLUMNS + " from attachment where owner_kind = :kind and owner_id in (:ids)"
                        + " order by id", new MapSqlParameterSource().addValue("kind", owner.name())
                        .addValue("ids", ownerIds), (rs, row) -> stored(rs));
    }

    /** The owner of an attachment with its listing, if it exists. */
    Optional<Stored> find(long id) {
        return jdbc.query("select " + COLUMNS + " from attachment where id = ?", (rs, row) -> stored(rs), id)
                .stream().findFirst();
    }

    record Stored(AttachmentOwner owner, long ownerId, AttachmentInfo info) {
    }

    /** Hands the content to {@code reader} while the row is read; the stream closes when it returns. */
    void read(long id, DocumentService.ContentReader reader) {
        jdbc.query("select content from attachment where id = ?", (ResultSet rs) -> {
            if (!rs.next()) {
                return null;
            }
            Blob blob = rs.getBlob(1);
            try (InputStream in = blob.getBinaryStream()) {
                reader.read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                blob.free();
            }
            return null;
        }, id);
    }

    private static Stored stored(ResultSet rs) throws SQLException {
        return new Stored(AttachmentOwner.valueOf(rs.getString("owner_kind")), rs.getLong("owner_id"), info(rs));
    }

    private static AttachmentInfo info(ResultSet rs) throws SQLException {
        long eventId = rs.getLong("event_id");
        Long event = rs.wasNull() ? null : eventId;
        OffsetDateTime at = rs.getObject("created_at", OffsetDateTime.class);
        return new AttachmentInfo(rs.getLong("id"), rs.getString("name"), rs.getLong("size_bytes"),
                rs.getString("sha256"), rs.getString("content_type"), rs.getString("step"),
                at == null ? null : at.atZoneSameInstant(Dates.ZONE).toOffsetDateTime(), rs.getString("created_by"),
                event);
    }
}
