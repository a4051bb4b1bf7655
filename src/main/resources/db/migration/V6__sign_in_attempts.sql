-- Wrong staff passwords, counted here rather than in each instance's memory, so that every
-- instance behind the load balancer shares the counts (docs/deployment.md "Wrong passwords").
-- What is counted (a username and an address together, an address, a username, or an address a
-- username signed in from) is kept only as a SHA-256 hash: no username or address is readable here.
CREATE TABLE sign_in_attempt (
    attempt_key  VARCHAR(64)      NOT NULL PRIMARY KEY,
    failures     DOUBLE PRECISION NOT NULL,
    last_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    paused_until TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX ix_sign_in_attempt_last_at ON sign_in_attempt (last_at);
