-- A number raised in the same transaction as anything that ends a session or changes what a
-- signed-in user may do (signing out, disabling, a new password, a new role or organisation):
-- each instance keeps the sessions it has checked while this number stays the same, and reads it
-- on every request, so such a change reaches every instance at once.
create table session_epoch (
    id integer primary key,
    epoch bigint not null
);
insert into session_epoch (id, epoch) values (1, 0);
