-- rolwijzer schema 4 (PostgreSQL): the collaboration's name as a column, so that
-- listing or opening a collaboration does not parse its whole head document. The
-- store sets it in the same transaction as every save that moves the head; existing
-- rows take it from their head revision here.
ALTER TABLE collaborations ADD COLUMN name TEXT NOT NULL DEFAULT '';
UPDATE collaborations c SET name = COALESCE(r.document::jsonb #>> '{collaboration,name}', '')
FROM revisions r
WHERE r.collaboration_id = c.id AND r.number = c.head;
