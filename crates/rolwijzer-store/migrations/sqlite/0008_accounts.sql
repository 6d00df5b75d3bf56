-- rolwijzer schema 8 (SQLite): disabled accounts and invitations (issue 12).
-- Independent of schemas 6 and 7: it only adds a column and a table.
-- A disabled account (disabled_at set) cannot sign in; disabling also ends its
-- sessions and API tokens. An invitation is a one-time link an owner makes for an
-- e-mail address and a role; only the SHA-256 hash of its secret is stored. Its row
-- stays after use or revocation, so the state of an old link can be told apart.
-- The users it names are set to NULL when an account is deleted.
ALTER TABLE users ADD COLUMN disabled_at INTEGER;
CREATE TABLE invitations (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    collaboration_id INTEGER NOT NULL REFERENCES collaborations(id) ON DELETE CASCADE,
    email TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('owner', 'editor', 'viewer')),
    token_hash TEXT NOT NULL UNIQUE,
    invited_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    revoked_at INTEGER,
    accepted_at INTEGER,
    accepted_by INTEGER REFERENCES users(id) ON DELETE SET NULL
);
CREATE INDEX invitations_collaboration ON invitations (collaboration_id);
