-- What a user typed into a page's form that could not be saved, with the errors to show next to
-- each field: kept for an hour so that the form, reached again by the redirect that ends every
-- POST, shows it back on whichever instance serves the next request.
create table form_draft (
    id          varchar(64)     primary key,
    owner       varchar(100)    not null,
    created_at  timestamp(6) with time zone not null,
    content     varchar(200000) not null
);
create index ix_form_draft_created on form_draft (created_at);
