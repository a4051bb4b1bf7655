-- A questionnaire in progress, so that every page can be shown again by a plain GET (Back and
-- Forward work like on any website) without an HTTP session: the answers the last page sent, keyed
-- by a hash of the sitting's run token (never the token itself), and the newest assessment the
-- sitting made. Deleted on "Start again", when its result is deleted, and swept once older than a
-- sitting may last.
CREATE TABLE questionnaire_draft (
    run_key          VARCHAR(64)  NOT NULL PRIMARY KEY,
    answers          TEXT         NOT NULL,
    latest_reference VARCHAR(14),
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX ix_questionnaire_draft_updated_at ON questionnaire_draft (updated_at);
CREATE INDEX ix_questionnaire_draft_latest ON questionnaire_draft (latest_reference);

-- A changed result supersedes the earlier one: the new assessment names the one it replaces, and
-- the old one points to its replacement, so the old code leads to the new result and the desk
-- shows one row per person with its history.
ALTER TABLE assessment ADD COLUMN supersedes VARCHAR(14);
ALTER TABLE assessment ADD COLUMN superseded_by VARCHAR(14);
