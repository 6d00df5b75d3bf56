-- rolwijzer schema 1 (SQLite). Every save is a new row in `revisions`; nothing is
-- overwritten. The primary key (collaboration_id, number) makes two saves from the
-- same revision collide, so one of them becomes a conflict instead of a lost update.
CREATE TABLE users (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    username TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    password_hash TEXT,
    is_admin INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL
);
CREATE TABLE collaborations (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    slug TEXT NOT NULL UNIQUE,
    head INTEGER NOT NULL,
    published INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL
);
CREATE TABLE revisions (
    collaboration_id INTEGER NOT NULL REFERENCES collaborations(id),
    number INTEGER NOT NULL,
    document TEXT NOT NULL,
    author_id INTEGER REFERENCES users(id),
    created_at INTEGER NOT NULL,
    summary TEXT NOT NULL,
    kind TEXT NOT NULL,
    PRIMARY KEY (collaboration_id, number)
);
CREATE TABLE memberships (
    collaboration_id INTEGER NOT NULL REFERENCES collaborations(id),
    user_id INTEGER NOT NULL REFERENCES users(id),
    role TEXT NOT NULL CHECK (role IN ('owner', 'editor', 'viewer')),
    PRIMARY KEY (collaboration_id, user_id)
);
CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id),
    csrf_token TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
);
CREATE TABLE password_tokens (
    token_hash TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id),
    expires_at INTEGER NOT NULL,
    used_at INTEGER
);
CREATE TABLE login_failures (
    key TEXT NOT NULL,
    at INTEGER NOT NULL
);
CREATE INDEX login_failures_key_at ON login_failures (key, at);
CREATE TABLE evaluations (
    collaboration_id INTEGER NOT NULL REFERENCES collaborations(id),
    revision INTEGER NOT NULL,
    evaluated_on TEXT NOT NULL,
    recorded_by INTEGER REFERENCES users(id),
    created_at INTEGER NOT NULL,
    PRIMARY KEY (collaboration_id, revision)
);
