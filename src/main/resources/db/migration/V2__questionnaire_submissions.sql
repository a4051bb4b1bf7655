-- Which assessment a questionnaire's final page already produced, so that submitting the same
-- answers again from the same sitting (a reload, Back then Continue, a double tap) shows the same
-- result instead of saving a second one. Only a hash of the run token and the answers is kept.
CREATE TABLE questionnaire_submission (
    submission_key VARCHAR(64)  NOT NULL PRIMARY KEY,
    reference      VARCHAR(14)  NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX ix_questionnaire_submission_created_at ON questionnaire_submission (created_at);
