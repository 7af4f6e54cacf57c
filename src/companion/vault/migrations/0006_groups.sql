-- Peer-support groups: members (first names or aliases only), sessions with a
-- timed agenda, attendance and short check-in notes, things shared, mentoring,
-- and the facilitator's handout templates. Private facilitator notes live in
-- sessions.private_notes and are never printed, exported or synced.

CREATE TABLE groups (
    id           TEXT PRIMARY KEY,
    name         TEXT NOT NULL,
    focus        TEXT NOT NULL DEFAULT '',
    schedule     TEXT NOT NULL DEFAULT '',
    place        TEXT NOT NULL DEFAULT '',
    facilitators TEXT NOT NULL DEFAULT '',
    agreements   TEXT NOT NULL DEFAULT '',   -- one per line
    resources    TEXT NOT NULL DEFAULT '',   -- one per line
    crisis_lines TEXT NOT NULL DEFAULT '',   -- one per line
    my_role      TEXT NOT NULL DEFAULT 'member'
                 CHECK (my_role IN ('member', 'facilitator', 'mentor')),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    deleted_at   TEXT,
    version      INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE group_members (
    id           TEXT PRIMARY KEY,
    group_id     TEXT NOT NULL REFERENCES groups (id),
    alias        TEXT NOT NULL,              -- a first name or alias, nothing more
    contact_note TEXT NOT NULL DEFAULT '',
    consent      INTEGER NOT NULL DEFAULT 0, -- may be mentioned in shared notes
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    deleted_at   TEXT,
    version      INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX group_members_group ON group_members (group_id, alias) WHERE deleted_at IS NULL;

CREATE TABLE group_sessions (
    id            TEXT PRIMARY KEY,
    group_id      TEXT NOT NULL REFERENCES groups (id),
    starts_at     TEXT NOT NULL,             -- local date and time, YYYY-MM-DDTHH:MM
    topic         TEXT NOT NULL DEFAULT '',
    tool_id       TEXT,                      -- the tool of the week (a strategy id)
    follow_ups    TEXT NOT NULL DEFAULT '',
    private_notes TEXT NOT NULL DEFAULT '',  -- never printed, exported or synced
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    deleted_at    TEXT,
    version       INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX group_sessions_group ON group_sessions (group_id, starts_at DESC)
    WHERE deleted_at IS NULL;

CREATE TABLE agenda_items (
    id         TEXT PRIMARY KEY,
    session_id TEXT NOT NULL REFERENCES group_sessions (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    title      TEXT NOT NULL,
    minutes    INTEGER NOT NULL CHECK (minutes BETWEEN 0 AND 600)
);
CREATE INDEX agenda_items_session ON agenda_items (session_id, position);

CREATE TABLE attendance (
    session_id TEXT NOT NULL REFERENCES group_sessions (id) ON DELETE CASCADE,
    member_id  TEXT NOT NULL REFERENCES group_members (id),
    present    INTEGER NOT NULL DEFAULT 1,
    check_in   TEXT NOT NULL DEFAULT '',    -- short; never printed
    check_out  TEXT NOT NULL DEFAULT '',    -- short; never printed
    PRIMARY KEY (session_id, member_id)
) WITHOUT ROWID;

CREATE TABLE shared_items (
    id         TEXT PRIMARY KEY,
    session_id TEXT NOT NULL REFERENCES group_sessions (id) ON DELETE CASCADE,
    kind       TEXT NOT NULL CHECK (kind IN ('strategy', 'story')),
    member_id  TEXT,
    title      TEXT NOT NULL,
    body       TEXT NOT NULL DEFAULT '',
    consent    INTEGER NOT NULL DEFAULT 0,  -- stories: kept for the encouragement wall
    created_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX shared_items_session ON shared_items (session_id) WHERE deleted_at IS NULL;

CREATE TABLE mentoring_pairs (
    id         TEXT PRIMARY KEY,
    group_id   TEXT NOT NULL REFERENCES groups (id),
    mentor_id  TEXT NOT NULL REFERENCES group_members (id),
    mentee_id  TEXT NOT NULL REFERENCES group_members (id),
    consent    INTEGER NOT NULL DEFAULT 0,
    every_days INTEGER NOT NULL DEFAULT 14 CHECK (every_days BETWEEN 1 AND 365),
    created_at TEXT NOT NULL,
    deleted_at TEXT
);

CREATE TABLE mentoring_checkins (
    id         TEXT PRIMARY KEY,
    pair_id    TEXT NOT NULL REFERENCES mentoring_pairs (id),
    day        TEXT NOT NULL,
    how        TEXT NOT NULL DEFAULT '',
    next_step  TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE INDEX mentoring_checkins_pair ON mentoring_checkins (pair_id, day DESC);

CREATE TABLE handout_templates (
    id          TEXT PRIMARY KEY,
    group_id    TEXT NOT NULL REFERENCES groups (id),
    name        TEXT NOT NULL,
    sections    TEXT NOT NULL,              -- section keys, comma-separated, in order
    large_print INTEGER NOT NULL DEFAULT 0,
    paper       TEXT NOT NULL DEFAULT 'A4',
    created_at  TEXT NOT NULL,
    deleted_at  TEXT
);
