-- The journal: entries, tags, the user's own trackers, attachments, full-text search.
-- Every synced record has a UUID, created_at, updated_at (UTC), a deleted_at
-- tombstone and a version for merging.

-- `seq` is the stable rowid the full-text index points at (a plain rowid may
-- change on VACUUM); `id` is the UUID that sync and exports use.
CREATE TABLE entries (
    seq        INTEGER PRIMARY KEY,
    id         TEXT NOT NULL UNIQUE,
    day        TEXT NOT NULL,              -- the local calendar day it is about, YYYY-MM-DD
    title      TEXT NOT NULL DEFAULT '',
    body       TEXT NOT NULL DEFAULT '',   -- Markdown
    mood       INTEGER CHECK (mood BETWEEN 1 AND 5),
    win        INTEGER NOT NULL DEFAULT 0 CHECK (win IN (0, 1)),
    tags_text  TEXT NOT NULL DEFAULT '',   -- the tag names, space-joined, for search
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT,
    version    INTEGER NOT NULL DEFAULT 1
);
-- The timeline (newest first) and day look-ups read live entries only.
CREATE INDEX entries_timeline ON entries (day DESC, seq DESC) WHERE deleted_at IS NULL;
-- Covering index for mood charts and calendars: no table reads for (day, mood).
CREATE INDEX entries_day_mood ON entries (day, mood, win) WHERE deleted_at IS NULL;

CREATE TABLE tags (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE
);

-- Link tables use the compact integer seq: they are derived data, rebuilt from
-- the entry on every save, so sync never needs their keys.
CREATE TABLE entry_tags (
    tag_id    INTEGER NOT NULL REFERENCES tags (id),
    entry_seq INTEGER NOT NULL REFERENCES entries (seq) ON DELETE CASCADE,
    PRIMARY KEY (tag_id, entry_seq)
) WITHOUT ROWID;
CREATE INDEX entry_tags_entry ON entry_tags (entry_seq, tag_id);

-- The user's own trackers (sleep hours, anxiety 0-10, took medication ...).
CREATE TABLE trackers (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('number', 'scale', 'yesno')),
    min_value  REAL,
    max_value  REAL,
    unit       TEXT NOT NULL DEFAULT '',
    position   INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT,
    version    INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE tracker_values (
    entry_seq  INTEGER NOT NULL REFERENCES entries (seq) ON DELETE CASCADE,
    tracker_id TEXT NOT NULL REFERENCES trackers (id),
    value      REAL NOT NULL,
    PRIMARY KEY (entry_seq, tracker_id)
) WITHOUT ROWID;
CREATE INDEX tracker_values_tracker ON tracker_values (tracker_id, entry_seq, value);

-- Images live inside the vault, never as files on disk.
CREATE TABLE attachments (
    id         TEXT PRIMARY KEY,
    entry_id   TEXT NOT NULL REFERENCES entries (id) ON DELETE CASCADE,  -- synced: by UUID
    name       TEXT NOT NULL,
    mime       TEXT NOT NULL,
    size       INTEGER NOT NULL,
    data       BLOB NOT NULL,
    created_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX attachments_entry ON attachments (entry_id) WHERE deleted_at IS NULL;

-- Full-text search over title, body and tags of live entries. External content:
-- the text lives once, in entries; the repository keeps the index in step and
-- removes a deleted entry's text from it at once. Accents and case are ignored.
CREATE VIRTUAL TABLE entries_fts USING fts5 (
    title, body, tags_text,
    content = 'entries', content_rowid = 'seq',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);

CREATE TRIGGER entries_fts_insert AFTER INSERT ON entries WHEN new.deleted_at IS NULL BEGIN
    INSERT INTO entries_fts (rowid, title, body, tags_text)
    VALUES (new.seq, new.title, new.body, new.tags_text);
END;

CREATE TRIGGER entries_fts_delete AFTER DELETE ON entries WHEN old.deleted_at IS NULL BEGIN
    INSERT INTO entries_fts (entries_fts, rowid, title, body, tags_text)
    VALUES ('delete', old.seq, old.title, old.body, old.tags_text);
END;

-- An edit re-indexes; a tombstone takes the text out; an undo puts it back.
CREATE TRIGGER entries_fts_update AFTER UPDATE OF title, body, tags_text, deleted_at ON entries
BEGIN
    INSERT INTO entries_fts (entries_fts, rowid, title, body, tags_text)
    SELECT 'delete', old.seq, old.title, old.body, old.tags_text WHERE old.deleted_at IS NULL;
    INSERT INTO entries_fts (rowid, title, body, tags_text)
    SELECT new.seq, new.title, new.body, new.tags_text WHERE new.deleted_at IS NULL;
END;

-- Writing prompts and the user's templates.
CREATE TABLE templates (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    body       TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT,
    version    INTEGER NOT NULL DEFAULT 1
);
