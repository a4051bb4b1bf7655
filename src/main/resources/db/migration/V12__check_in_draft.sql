-- A check-in ("how is it now?") in progress, so that each of its pages can be shown again by a plain
-- GET (Back and Forward work like on any website) without an HTTP session: the assessment it is on,
-- the answers its last page sent, and the check-in it saved last (so that the same check-in sent
-- again, by a reload or a double tap, is not saved twice), keyed by a hash of its run token (never
-- the token itself). Deleted on "Start again", when its result is deleted, and swept once older
-- than a sitting may last.
CREATE TABLE check_in_draft (
    run_key       VARCHAR(64)  NOT NULL PRIMARY KEY,
    reference     VARCHAR(14)  NOT NULL,
    answers       TEXT         NOT NULL,
    saved_answers TEXT,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX ix_check_in_draft_updated_at ON check_in_draft (updated_at);
CREATE INDEX ix_check_in_draft_reference ON check_in_draft (reference);
