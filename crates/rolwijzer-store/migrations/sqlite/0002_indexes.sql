-- rolwijzer schema 2 (SQLite): indexes for the lookups every page makes (a user's
-- collaborations, a user's sessions, a revision's author) so they stay fast as
-- histories grow.
CREATE INDEX memberships_user ON memberships (user_id);
CREATE INDEX sessions_user ON sessions (user_id);
CREATE INDEX revisions_author ON revisions (author_id);
CREATE INDEX password_tokens_user ON password_tokens (user_id);
