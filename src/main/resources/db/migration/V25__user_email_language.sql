-- Where a user receives the workbooks a schedule sends (docs/reports.md, "Schedules"), and the
-- language its messages are written in.
alter table app_user add column email varchar(254);
alter table app_user add column language varchar(2) default 'es' not null;
