-- Lookups by reference that found nothing, counted here when several instances share one database
-- (the postgres profile sets glutecheck.lookup-throttle.shared), so that a guesser spread over N
-- instances gets no more tries than from one (docs/deployment.md "Lookups by reference"). One row
-- per miss: a SHA-256 hash of the client's address, never the address, and when. Rows older than
-- the window are deleted as new misses come in.
CREATE TABLE lookup_miss (
    client_key VARCHAR(64)              NOT NULL,
    missed_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX ix_lookup_miss_client ON lookup_miss (client_key, missed_at);
CREATE INDEX ix_lookup_miss_missed_at ON lookup_miss (missed_at);
