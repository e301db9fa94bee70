-- Pages no longer keep what a user typed into a refused form: the refused form is drawn again in
-- the answer to the post itself (422), and only a saved form redirects. The drafts go with them.
drop table form_draft;
