-- Failed sign-ins in a row, per user name and per address, shared by every instance: past the
-- limit, the name or address waits out the lockout. A success deletes the rows.
create table sign_in_failure (
    throttle_key   varchar(300) primary key,
    failures       integer      not null,
    last_failed_at timestamp(6) with time zone not null
);
create index ix_sign_in_failure_last on sign_in_failure (last_failed_at);
