/**
 * The audit trail: every change of an audited entity (conclusions, directives, assignments, extensions, periods,
 * contributions, committees, governments, units, users, substitutes, tokens, preferences, webhooks, the calendar and
 * the clock: each entity annotated {@code @Audited}) recorded append-only in the transaction that makes it.
 *
 * <p>Two records of one change, written side by side on the transaction's connection just before it commits:
 * <ul>
 * <li>Hibernate Envers' revision ({@link vn.chidao.audit.AuditRevision}, table {@code audit_revision}) with who
 * (the signed-in user), for whom (the people that user stands in for as a substitute, {@code Actor.standsInFor}),
 * and when by the application's clock and by the server's; and Envers' {@code <table>_aud} copy of each changed
 * row. That is the full history of every entity, for an investigation with Envers' {@code AuditReader}.</li>
 * <li>One {@link vn.chidao.audit.AuditRecord} per changed entity (table {@code audit_record}): when, who, for whom,
 * the government, the entity and its id, CREATED / CHANGED / DELETED, and the changed fields before and after as
 * JSON. Its Hibernate listener ({@code ChangeCapture}) gathers each field's first and last value over the
 * transaction's flushes; {@code AuditWriter} writes the rows after Envers' own. This flat, indexed table is what
 * the screen ({@code admin/audit}) and the API ({@code GET /api/admin/audit}, {@code /api/admin/audit.xlsx})
 * search: a filter and a page are one query on one table, where deriving them from Envers would join every
 * {@code _aud} table and compare each row with the one before it.</li>
 * </ul>
 *
 * <p>Who: the system while an engine job runs ({@code EngineJobsAsSystem}: timers and asynchronous steps, whether
 * the job executor or a person's thread runs them), otherwise the signed-in user, otherwise (start-up, demo loading)
 * the system. A transaction is one revision, so one person. Secrets (password and token hashes, webhook secrets:
 * the fields marked {@code @NotAudited}) are never copied: a record says only that they changed. Left out on purpose:
 * the domain's own histories (assignment and conclusion events), notifications, deliveries and digest marks, which
 * are themselves records of what happened or the machinery that sends them.
 *
 * <p>Append-only: nothing in the application updates or deletes a record and no endpoint offers to; on PostgreSQL
 * a trigger refuses UPDATE, DELETE and TRUNCATE on every audit table (db/postgresql). Administrators read it: the
 * installation's admin everything, a government's admin the records of their government (those of the calendar,
 * the clock and the installation admin's own account have none). Depends on base only; the task page links here.
 */
package vn.chidao.audit;
