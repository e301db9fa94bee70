-- Photos document progress reports as well as findings: each photo belongs to exactly one of them.
alter table photo alter column finding_id drop not null;
alter table photo add column progress_report_id bigint references progress_report (id);
alter table photo add constraint ck_photo_owner check (
    (finding_id is not null and progress_report_id is null)
    or (finding_id is null and progress_report_id is not null));
create index ix_photo_progress_report on photo (progress_report_id);
