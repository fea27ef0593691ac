-- Governments that merge (issue 14 item 2, the 2025 reorganisation: Bắc Kạn into Thái Nguyên). A merged government
-- keeps its row, so its code stays taken and still finds its records: valid_to is the day it merged, merged_into_id
-- the government that received its units, committees, conclusions, assignments and users.
alter table government add column valid_to date;
alter table government add column merged_into_id bigint;
alter table government add constraint fk_government_merged_into foreign key (merged_into_id) references government (id);

alter table government_aud add column valid_to date;
alter table government_aud add column merged_into_id bigint;

-- A conclusion belongs to the government that tracks it (government_id, which a merge changes) and keeps the one
-- that issued it (issuer_government_id, never changed): its number stays unique in the issuer's series, so
-- "12/TB-UBND" of 2025 may be both Bắc Kạn's and Thái Nguyên's once both are tracked by Thái Nguyên.
alter table conclusion add column issuer_government_id bigint;
update conclusion set issuer_government_id = government_id;
alter table conclusion alter column issuer_government_id set not null;
alter table conclusion add constraint fk_conclusion_issuer foreign key (issuer_government_id) references government (id);
drop index uk_conclusion_number_year;
create unique index uk_conclusion_number_year on conclusion (issuer_government_id, issue_year, number_key);

alter table conclusion_aud add column issuer_government_id bigint;
