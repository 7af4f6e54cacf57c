-- Milestones: "days since" counters (with lapses that start a new period and
-- keep the old ones) and goals with a target date.
CREATE TABLE milestones (
    id          TEXT PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('days_since', 'goal')),
    label       TEXT NOT NULL,
    start_day   TEXT,                 -- days_since: day one of the first period
    target_day  TEXT,                 -- goal: the day aimed for
    reached_day TEXT,                 -- goal: the day it was reached
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    deleted_at  TEXT,
    version     INTEGER NOT NULL DEFAULT 1
);

-- A lapse restarts a counter on `day`; the reflective entry written about it is linked.
CREATE TABLE milestone_lapses (
    milestone_id TEXT NOT NULL REFERENCES milestones (id) ON DELETE CASCADE,
    day          TEXT NOT NULL,
    entry_id     TEXT,
    PRIMARY KEY (milestone_id, day)
) WITHOUT ROWID;

-- Thresholds already celebrated (7 days, 30 days ...) per counter period, so each
-- is celebrated once, with a win in the journal.
CREATE TABLE milestone_celebrations (
    milestone_id TEXT NOT NULL REFERENCES milestones (id) ON DELETE CASCADE,
    period_start TEXT NOT NULL,
    days         INTEGER NOT NULL,
    entry_id     TEXT,
    PRIMARY KEY (milestone_id, period_start, days)
) WITHOUT ROWID;
