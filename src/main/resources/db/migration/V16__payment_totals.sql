-- What each works package has paid, by grant and category: kept up to date with every payment, so
-- that a center's money as of today is read from a few rows instead of every payment it ever made.
-- Payments are never dated after the day they are recorded, so these totals are what was paid up
-- to any date from today on; roll-ups at an earlier date still add up the payments themselves.
create table payment_total (
    work_package_id    bigint         not null references work_package (id),
    funding_source_id  bigint         not null references funding_source (id),
    category           varchar(20)    not null,
    center_id          bigint         not null references center (id),
    usd_amount         numeric(17, 2) not null,
    source_amount      numeric(17, 2) not null,
    payments           integer        not null,
    first_payment_id   bigint         not null,
    primary key (work_package_id, funding_source_id, category)
);
create index ix_payment_total_center on payment_total (center_id);

insert into payment_total (work_package_id, funding_source_id, category, center_id, usd_amount, source_amount,
        payments, first_payment_id)
select work_package_id, funding_source_id, category, min(center_id), sum(usd_amount), sum(source_amount), count(*),
        min(id)
from expenditure
group by work_package_id, funding_source_id, category;

-- Goes up with every recorded change of a center's records (the audit trail bumps it in the same
-- transaction): a center's figures computed at one value stay true while it holds.
alter table center add column data_version bigint not null default 0;

-- The budget report lists payments by date: read in this order, they need no sort.
create index ix_expenditure_date on expenditure (payment_date, id);
