package vn.chidao.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Locale;
import org.hibernate.envers.Audited;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chidao.base.Actor;
import vn.chidao.base.Role;
import vn.chidao.base.sheet.Spreadsheet;
import vn.chidao.base.time.Dates;

/**
 * The audit trail for administrators: every recorded change that matches a filter, newest first, a page at a time
 * or as an xlsx file. The installation's admin sees every record; a government's admin those of their government
 * (calendar, clock and the installation admin's own changes belong to none, so to the installation's admin only);
 * anyone else gets 403. Nothing here changes or removes a record.
 */
@Service
@Transactional(readOnly = true)
public class AuditService {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final AuditRecordRepository records;
    private final AuditExport export;
    private final List<String> entities;

    AuditService(AuditRecordRepository records, AuditExport export, EntityManagerFactory entityManagerFactory) {
        this.records = records;
        this.export = export;
        this.entities = entityManagerFactory.getMetamodel().getEntities().stream()
                .map(type -> type.getJavaType())
                .filter(type -> type.isAnnotationPresent(Audited.class))
                .map(Class::getSimpleName).sorted().toList();
    }

    /** The matching changes, newest first (the page's own sort is ignored). 403 but for an ADMIN; 400 on a range. */
    public Page<AuditEntry> page(Actor actor, AuditFilter filter, Pageable pageable) {
        check(actor, filter);
        PageRequest request = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), AuditSearch.NEWEST_FIRST);
        return records.findAll(AuditSearch.of(actor, filter), request).map(AuditService::entry);
    }

    /** The same changes as an xlsx file, texts in {@code locale}; the caller writes it out and closes it. */
    public Spreadsheet export(Actor actor, AuditFilter filter, Locale locale) {
        check(actor, filter);
        return export.build(actor, filter, locale);
    }

    /** The entities the trail records ({@code @Audited}), by the name records and filter use: "Assignment", .... */
    public List<String> entities() {
        return entities;
    }

    private static void check(Actor actor, AuditFilter filter) {
        actor.require(Role.ADMIN);
        filter.check();
    }

    static AuditEntry entry(AuditRecord record) {
        return new AuditEntry(record.getId(), Dates.local(record.getAt()), record.getUsername(),
                record.getOnBehalfOf(), record.getGovernmentCode(), record.getEntity(), record.getEntityId(),
                record.getAction(), json(record.getBefore()), json(record.getAfter()));
    }

    private static JsonNode json(String text) {
        if (text == null) {
            return null;
        }
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An audit record holds no JSON: " + text, e);
        }
    }
}
