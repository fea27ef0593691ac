-- Issue 15 item 1: the number and issue date read from a notice's header (conclusion.parse) are kept with the draft
-- and offered at approval; both null for a draft typed by hand. The issued number stays in number/issued_date.
alter table conclusion add column proposed_number varchar(50);
alter table conclusion add column proposed_issued_date date;
alter table conclusion_aud add column proposed_number varchar(50);
alter table conclusion_aud add column proposed_issued_date date;
