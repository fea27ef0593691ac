-- The leaders' figures: how many assignments of each unit count where, kept up to date in the transaction that
-- changes an assignment, so the dashboard reads units × days instead of every assignment.

alter table assignment add column committee_id bigint;
update assignment set committee_id = (select c.committee_id from conclusion c where c.id = assignment.conclusion_id);
alter table assignment alter column committee_id set not null;
create index ix_assignment_committee on assignment (committee_id, deadline);

-- One row per government, committee, unit, deadline day and standing (DONE_ON_TIME, DONE_LATE,
-- REPORTED_IN_TIME, OPEN, ONGOING, CANCELLED). Ongoing assignments have no deadline: they are kept on 9999-12-31.
-- Whether an OPEN assignment is overdue depends on today: readers compare its deadline with today.
create table dashboard_rollup (
    government_id bigint      not null,
    committee_id  bigint      not null,
    unit_id       bigint      not null,
    deadline      date        not null,
    standing      varchar(20) not null,
    n             integer     not null,
    primary key (government_id, committee_id, unit_id, deadline, standing)
);

insert into dashboard_rollup (government_id, committee_id, unit_id, deadline, standing, n)
select government_id, committee_id, unit_id, deadline, standing, count(*)
from (select government_id, committee_id, unit_id,
             coalesce(deadline, date '9999-12-31') as deadline,
             case
                 when status = 'CANCELLED' then 'CANCELLED'
                 when deadline is null then 'ONGOING'
                 when status = 'DONE' and reported_on > deadline then 'DONE_LATE'
                 when status = 'DONE' then 'DONE_ON_TIME'
                 when status in ('AWAITING_REVIEW', 'AWAITING_SIGN_OFF') and reported_on is not null
                      and reported_on <= deadline then 'REPORTED_IN_TIME'
                 else 'OPEN'
             end as standing
      from assignment) a
group by government_id, committee_id, unit_id, deadline, standing;
