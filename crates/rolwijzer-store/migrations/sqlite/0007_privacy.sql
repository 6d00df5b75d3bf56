-- rolwijzer schema 7 (SQLite): the privacy log. One row for every time personal data
-- was forgotten (a person, an account) or handed over (inzage): who did it, when and
-- why, never the data itself. `actor_id` is kept as a number without a foreign key, so
-- the row survives when that account is deleted later; `via` says whether it came
-- from the web app or the command line (the administrator at the server).
-- Independent of schema 6: it only adds a table.
CREATE TABLE privacy_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at INTEGER NOT NULL,
    action TEXT NOT NULL,
    actor_id INTEGER,
    via TEXT NOT NULL,
    collaboration_id INTEGER,
    subject TEXT NOT NULL,
    reason TEXT NOT NULL
);
CREATE INDEX privacy_log_collaboration ON privacy_log (collaboration_id);
