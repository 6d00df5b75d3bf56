-- rolwijzer schema 3 (SQLite): personal API tokens. Only the SHA-256 hash of a secret
-- is stored; the secret itself is shown once. A revoked token keeps its row (with
-- revoked_at), so its owner can still see when it was made and last used.
CREATE TABLE api_tokens (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id INTEGER NOT NULL REFERENCES users(id),
    name TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    created_at INTEGER NOT NULL,
    last_used_at INTEGER,
    revoked_at INTEGER
);
CREATE INDEX api_tokens_user ON api_tokens (user_id);
