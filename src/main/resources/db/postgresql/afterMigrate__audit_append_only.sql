-- The audit trail is append-only (docs/operations.md "Audit trail"): on PostgreSQL the database itself refuses to
-- update, delete or truncate its rows, whoever asks. A Flyway callback run after every migration, so the audit
-- tables of later migrations (every *_aud table of Envers) get the trigger too; it adds only what is missing.

create or replace function audit_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'The audit trail is append-only: % on % refused', tg_op, tg_table_name
        using errcode = 'insufficient_privilege';
end;
$$;

do $$
declare
    audit_table record;
begin
    for audit_table in
        select c.oid, c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where c.relkind = 'r' and n.nspname = current_schema()
          and (c.relname in ('audit_revision', 'audit_record') or c.relname like '%\_aud')
    loop
        if not exists (select 1 from pg_trigger where tgrelid = audit_table.oid and tgname = 'audit_append_only') then
            execute format('create trigger audit_append_only before update or delete on %I '
                || 'for each row execute function audit_append_only()', audit_table.relname);
        end if;
        if not exists (select 1 from pg_trigger where tgrelid = audit_table.oid and tgname = 'audit_no_truncate') then
            execute format('create trigger audit_no_truncate before truncate on %I '
                || 'for each statement execute function audit_append_only()', audit_table.relname);
        end if;
    end loop;
end;
$$;
