-- rolwijzer schema 4 (SQLite): the collaboration's name as a column, so that listing
-- or opening a collaboration does not parse its whole head document. The store sets
-- it in the same transaction as every save that moves the head; existing rows take
-- it from their head revision here.
ALTER TABLE collaborations ADD COLUMN name TEXT NOT NULL DEFAULT '';
UPDATE collaborations SET name = COALESCE(
    (SELECT json_extract(r.document, '$.collaboration.name') FROM revisions r
     WHERE r.collaboration_id = collaborations.id AND r.number = collaborations.head),
    '');
