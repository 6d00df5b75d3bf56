-- rolwijzer schema 6 (PostgreSQL): publishing levels and what anonymous visitors see
-- of people (issue 13, privacy by default). `publish_level` replaces the
-- all-or-nothing `published` flag: 'none' (the default), 'summary' (only the /p/
-- page) or 'full' (every page read-only). Each `show_*` switch lets anonymous
-- visitors see one kind of personal detail; all are off by default. `show_contact`
-- shows the public contact person's name with `contact_address`, a function address
-- (not a person's own). A collaboration that was published becomes 'full' with no
-- personal details: what its owners published stays reachable, but the people in it
-- are no longer exposed until an owner switches a kind on again.
ALTER TABLE collaborations
    ADD COLUMN publish_level TEXT NOT NULL DEFAULT 'none'
        CHECK (publish_level IN ('none', 'summary', 'full')),
    ADD COLUMN show_names BIGINT NOT NULL DEFAULT 0,
    ADD COLUMN show_emails BIGINT NOT NULL DEFAULT 0,
    ADD COLUMN show_phones BIGINT NOT NULL DEFAULT 0,
    ADD COLUMN show_hours BIGINT NOT NULL DEFAULT 0,
    ADD COLUMN show_titles BIGINT NOT NULL DEFAULT 0,
    ADD COLUMN show_forge_usernames BIGINT NOT NULL DEFAULT 0,
    ADD COLUMN show_contact BIGINT NOT NULL DEFAULT 0,
    ADD COLUMN contact_address TEXT;
UPDATE collaborations SET publish_level = 'full' WHERE published <> 0;
ALTER TABLE collaborations DROP COLUMN published;
