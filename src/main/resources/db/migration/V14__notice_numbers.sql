-- Notice numbers follow the issuing office's series (Decree 30/2020): "<n>/<symbol>", counted per office and
-- calendar year. The office's symbol is set per government, or per committee where a committee issues its own.
alter table government add column notice_symbol varchar(40) default 'TB-UBND' not null;
alter table committee add column notice_symbol varchar(40);

-- A number is unique within its government and issue year (it names its office by its symbol), no longer for
-- ever. number_key is the number as compared: "059/tb-ubnd" is "59/TB-UBND" (the application writes it).
alter table conclusion add column number_key varchar(50);
update conclusion set number_key = lower(number) where number is not null;
alter table conclusion drop constraint uk_conclusion_number;
create unique index uk_conclusion_number_year on conclusion (government_id, issue_year, number_key);
