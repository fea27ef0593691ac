package vn.chidao.audit;

import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.Repository;

/** Reads the audit records; nothing here writes, changes or removes one ({@link AuditWriter} writes them). */
interface AuditRecordRepository extends Repository<AuditRecord, Long>, JpaSpecificationExecutor<AuditRecord> {
}
