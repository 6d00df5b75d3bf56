-- rolwijzer schema 5 (PostgreSQL): sign-in throttling per (account, address) pair and
-- per address, counted and recorded in one transaction (see
-- Store::begin_login_attempt; the row is locked by INSERT … ON CONFLICT DO UPDATE).
-- One row per key: `pair:ADDRESS NAME` or `addr:ADDRESS`. `failures` counts attempts
-- that were checked and not (yet) followed by a right password; `last_at` is the
-- moment of the last checked attempt (Unix seconds). The old per-key failure log
-- counted per account and per address alone, which let anyone lock out anyone.
CREATE TABLE login_throttle (
    key TEXT PRIMARY KEY,
    failures BIGINT NOT NULL,
    last_at BIGINT NOT NULL
);
CREATE INDEX login_throttle_last_at ON login_throttle (last_at);
DROP TABLE login_failures;
