-- Evaluations collected with KoboToolbox or ODK keep the submission's instance id, so that importing
-- the same export again creates nothing; typed evaluations have none. Findings keep the GPS point
-- the phone took, in degrees (six decimals: about ten centimetres).
alter table evaluation add column instance_id varchar(100);
create unique index ux_evaluation_instance_id on evaluation (instance_id);
alter table finding add column latitude numeric(8, 6);
alter table finding add column longitude numeric(9, 6);
