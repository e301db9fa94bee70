-- The budget line a works package is charged to: a grant (optional) and a category. Its contract
-- and approved change orders are what that line has committed.
alter table work_package add column funding_source_id bigint references funding_source (id);
alter table work_package add column category varchar(20) not null default 'CONSTRUCTION';
create index ix_work_package_funding_source on work_package (funding_source_id);
