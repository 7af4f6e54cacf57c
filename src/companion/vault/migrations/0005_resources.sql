-- The resources directory (professional help, groups, hotlines, reading) and
-- knowledge notes (what the user learned about conditions, treatments, medicines).

CREATE TABLE resources (
    id             TEXT PRIMARY KEY,
    kind           TEXT NOT NULL CHECK (kind IN ('professional', 'clinic', 'peer-group',
                                                 'hotline', 'website', 'reading')),
    name           TEXT NOT NULL,
    contact        TEXT NOT NULL DEFAULT '',   -- phone, e-mail, address or link, as written
    notes          TEXT NOT NULL DEFAULT '',
    cost           TEXT NOT NULL DEFAULT '',   -- cost and insurance notes
    recommended_by TEXT NOT NULL DEFAULT '',   -- a member alias, or "me"
    rating         INTEGER CHECK (rating BETWEEN 1 AND 5),
    experience     TEXT NOT NULL DEFAULT '',
    tags_text      TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    deleted_at     TEXT,
    version        INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX resources_kind ON resources (kind, name) WHERE deleted_at IS NULL;

CREATE TABLE knowledge_notes (
    seq         INTEGER PRIMARY KEY,
    id          TEXT NOT NULL UNIQUE,
    title       TEXT NOT NULL,
    topic       TEXT NOT NULL DEFAULT '',     -- condition, treatment, medication, other
    body        TEXT NOT NULL DEFAULT '',     -- what I learned
    source      TEXT NOT NULL DEFAULT '',     -- where from
    questions   TEXT NOT NULL DEFAULT '',     -- for my next appointment
    resource_id TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    deleted_at  TEXT,
    version     INTEGER NOT NULL DEFAULT 1
);

-- Notes are searched together with the journal; same tokenizer, same rules.
CREATE VIRTUAL TABLE notes_fts USING fts5 (
    title, body, questions,
    content = 'knowledge_notes', content_rowid = 'seq',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);

CREATE TRIGGER notes_fts_insert AFTER INSERT ON knowledge_notes WHEN new.deleted_at IS NULL BEGIN
    INSERT INTO notes_fts (rowid, title, body, questions)
    VALUES (new.seq, new.title, new.body, new.questions);
END;

CREATE TRIGGER notes_fts_update AFTER UPDATE OF title, body, questions, deleted_at
ON knowledge_notes BEGIN
    INSERT INTO notes_fts (notes_fts, rowid, title, body, questions)
    SELECT 'delete', old.seq, old.title, old.body, old.questions WHERE old.deleted_at IS NULL;
    INSERT INTO notes_fts (rowid, title, body, questions)
    SELECT new.seq, new.title, new.body, new.questions WHERE new.deleted_at IS NULL;
END;
