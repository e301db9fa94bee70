-- A deleted finding stays, marked deleted, with its history of moves (Hibernate's @SoftDelete).
alter table finding add column deleted boolean not null default false;
