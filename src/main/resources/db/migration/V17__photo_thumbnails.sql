-- Photos are written anew by the service (no metadata, upright, at most the configured side) with
-- a small JPEG beside them for pages. Photos stored before have none of these until the start-up
-- cleaning (finding/StoredPhotoCleaning) has written them anew; those it cannot decode keep nulls.
alter table photo add column thumbnail_name varchar(60);
alter table photo add column width integer;
alter table photo add column height integer;
alter table photo add column thumbnail_width integer;
alter table photo add column thumbnail_height integer;
alter table photo add constraint uk_photo_thumbnail_name unique (thumbnail_name);
