-- The clinic desk: when staff first opened an assessment (null until then), and its lists, which
-- are "made in this time range, newest first", optionally at given triage levels.
ALTER TABLE assessment ADD COLUMN seen_at TIMESTAMP WITH TIME ZONE;

CREATE INDEX ix_assessment_triage_created ON assessment (triage_level, created_at);
