-- Deleted entries, found without reading every live one: a deleted entry's text is
-- purged once its undo window is over (vault/purge.py), and the check for what is
-- left to purge runs every minute. A scan reads every body (deleted_at comes after
-- it in the row): 100 ms at 100,000 entries; this index holds the tombstones only.
CREATE INDEX entries_tombstones ON entries (deleted_at) WHERE deleted_at IS NOT NULL;
