-- The coping toolbox: the user's strategies and each time one was used.
-- Starter strategies ship as data in companion.resources (so they follow the
-- language); they appear here only when used ("starter:<key>" ids), hidden, or copied.

CREATE TABLE strategies (
    seq           INTEGER PRIMARY KEY,
    id            TEXT NOT NULL UNIQUE,
    title         TEXT NOT NULL,
    steps         TEXT NOT NULL DEFAULT '',
    category      TEXT NOT NULL,
    when_helps    TEXT NOT NULL DEFAULT '',
    tags_text     TEXT NOT NULL DEFAULT '',
    source_kind   TEXT NOT NULL CHECK (source_kind IN ('mine', 'group', 'professional')),
    source_group  TEXT NOT NULL DEFAULT '',
    source_member TEXT NOT NULL DEFAULT '',
    starter_key   TEXT,                     -- copied from this starter strategy
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    deleted_at    TEXT,
    version       INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE strategy_uses (
    id          TEXT PRIMARY KEY,
    strategy_id TEXT NOT NULL,              -- a strategies.id or "starter:<key>"
    used_at     TEXT NOT NULL,
    before      INTEGER NOT NULL CHECK (before BETWEEN 0 AND 10),
    after       INTEGER NOT NULL CHECK (after BETWEEN 0 AND 10),
    note        TEXT NOT NULL DEFAULT '',
    deleted_at  TEXT
);
-- Covering index: the ranking reads (strategy, before, after) only.
CREATE INDEX strategy_uses_ranking ON strategy_uses (strategy_id, before, after)
    WHERE deleted_at IS NULL;

CREATE TABLE starter_hidden (
    key        TEXT PRIMARY KEY,
    hidden_at  TEXT NOT NULL
) WITHOUT ROWID;

-- The Stanley-Brown safety plan: items in seven steps, and when to review it.
CREATE TABLE safety_plan_items (
    id          TEXT PRIMARY KEY,
    step        INTEGER NOT NULL CHECK (step BETWEEN 1 AND 7),
    position    INTEGER NOT NULL DEFAULT 0,
    text        TEXT NOT NULL,
    contact     TEXT NOT NULL DEFAULT '',   -- steps 4 and 5: how to reach them, as written
    strategy_id TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    deleted_at  TEXT,
    version     INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX safety_plan_step ON safety_plan_items (step, position) WHERE deleted_at IS NULL;
