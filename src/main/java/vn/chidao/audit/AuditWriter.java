package vn.chidao.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hibernate.HibernateException;
import org.hibernate.action.spi.BeforeTransactionCompletionProcess;
import org.hibernate.engine.spi.SessionImplementor;

/**
 * Writes a transaction's {@link AuditRecord}s just before it commits, after Envers has written its own rows, on
 * the same connection: the records commit or roll back with the changes they describe. The revision is saved here
 * when Envers had nothing to write (a change of a secret alone).
 */
final class AuditWriter implements BeforeTransactionCompletionProcess {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final AuditRevision revision;

    AuditWriter(AuditRevision revision) {
        this.revision = revision;
    }

    @Override
    public void doBeforeTransactionCompletion(SessionImplementor session) {
        if (!session.getTransactionCoordinator().isActive()) {
            return;
        }
        List<AuditRecord> records = new ArrayList<>();
        session.doWork(connection -> {
            GovernmentOf governments = new GovernmentOf(connection);
            for (Change change : revision.pending().all()) {
                AuditAction action = change.action();
                if (action != null) {
                    records.add(new AuditRecordDraft(change, action, governments.code(change)).toRecord());
                }
            }
        });
        if (records.isEmpty()) {
            return;
        }
        if (revision.getId() == null) {
            session.persist(revision);
        }
        records.forEach(record -> record.attach(revision));
        records.forEach(session::persist);
        session.flush();
    }

    static String json(Map<String, Object> fields) {
        if (fields == null) {
            return null;
        }
        try {
            return JSON.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new HibernateException("Cannot write the audit record's fields as JSON", e);
        }
    }

    private record AuditRecordDraft(Change change, AuditAction action, String governmentCode) {
        AuditRecord toRecord() {
            return new AuditRecord(governmentCode, change.entity(), change.entityId(), action,
                    json(change.before()), json(change.after()));
        }
    }
}
