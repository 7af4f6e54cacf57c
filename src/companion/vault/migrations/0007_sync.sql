-- Sync between a person's own devices (exchange/sync.py). Every change to a
-- synced table marks its record dirty, unless the change is sync itself applying
-- what another device wrote (sync_flag.applying = 1, set inside that transaction).
-- Triggers test for the row instead of INSERT OR IGNORE: an UPSERT that fires
-- them would override that conflict clause and fail.
-- Child rows (agenda items, attendance, lapses, celebrations, tracker values)
-- travel inside their parent record, so they mark the parent.

CREATE TABLE sync_flag (applying INTEGER NOT NULL);
INSERT INTO sync_flag (applying) VALUES (0);

CREATE TABLE sync_dirty (
    kind TEXT NOT NULL,
    id   TEXT NOT NULL,
    PRIMARY KEY (kind, id)
) WITHOUT ROWID;

-- What this device last wrote or merged for each record: its hash, a clock
-- per field, and the hashes of the versions it descends from.
CREATE TABLE sync_records (
    kind    TEXT NOT NULL,
    id      TEXT NOT NULL,
    hash    TEXT NOT NULL,
    clocks  TEXT NOT NULL,   -- JSON: field -> hybrid logical clock
    history TEXT NOT NULL,   -- JSON: ancestor hashes, oldest first
    digest  TEXT NOT NULL,   -- JSON: field -> short hash of the value, to see what changed
    deleted INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (kind, id)
) WITHOUT ROWID;

CREATE TABLE sync_state (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- Text that lost a concurrent edit, kept until the person chooses.
CREATE TABLE sync_conflicts (
    id         INTEGER PRIMARY KEY,
    kind       TEXT NOT NULL,
    record_id  TEXT NOT NULL,
    field      TEXT NOT NULL,
    theirs     TEXT NOT NULL,
    mine       TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX sync_conflicts_record ON sync_conflicts (kind, record_id);

-- trackers
CREATE TRIGGER sync_trackers_insert AFTER INSERT ON trackers WHEN (SELECT applying FROM sync_flag) = 0
BEGIN
    INSERT INTO sync_dirty (kind, id) SELECT 'trackers', NEW.id
    WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'trackers' AND id = NEW.id);
END;
CREATE TRIGGER sync_trackers_update AFTER UPDATE ON trackers WHEN (SELECT applying FROM sync_flag) = 0
BEGIN
    INSERT INTO sync_dirty (kind, id) SELECT 'trackers', NEW.id
    WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'trackers' AND id = NEW.id);
END;
CREATE TRIGGER sync_trackers_delete AFTER DELETE ON trackers WHEN (SELECT applying FROM sync_flag) = 0
BEGIN
    INSERT INTO sync_dirty (kind, id) SELECT 'trackers', OLD.id
    WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'trackers' AND id = OLD.id);
END;
-- templates
CREATE TRIGGER sync_templates_insert AFTER INSERT ON templates WHEN (SELECT applying FROM sync_flag) = 0
BEGIN
    INSERT INTO sync_dirty (kind, id) SELECT 'templates', NEW.id
    WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'templates' AND id = NEW.id);
END;
CREATE TRIGGER sync_templates_update AFTER UPDATE ON templates WHEN (SELECT applying FROM sync_flag) = 0
BEGIN
    INSERT INTO sync_dirty (kind, id) SELECT 'templates', NEW.id
    WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'templates' AND id = NEW.id);
END;
CREATE TRIGGER sync_templates_delete AFTER DELETE ON templates WHEN (SELECT applying FROM sync_flag) = 0
BEGIN
    INSERT INTO sync_dirty (kind, id) SELECT 'templates', OLD.id
    WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'templates' AND id = OLD.id);
END;
-- milestones
CREATE TRIGGER sync_milestones_insert AFTER INSERT ON milestones WHEN (SELECT applying FROM sync_flag) = 0
BEGIN
    INSERT INTO sync_dirty (kind, id) SELECT 'milestones', NEW.id
    WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'milestones' AND id = NEW.id);
END;
CREATE TRIGGER sync_milestones_update AFTER UPDATE ON milestones WHEN (SELECT applying FROM sync_flag) = 0
BEGIN
    INSERT INTO sync_dirty (kind, id) SELECT 'milestones', NEW.id
    WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'milestones' AND id = NEW.id);
END;
CREATE TRIGGER sync_milestones_delete AFTER DELETE ON milestones WHEN (SELECT applying FROM sync_flag) = 0
BEGIN
    INSERT INTO sync_dirty (kind, id) SELECT 'milestones', OLD.id
    WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'milestones' AND id = OLD.id);
END;
-- strategies
CREATE TRIGGER sync_strategies_insert AFTER INSERT ON strategies WHEN (SELECT applying FROM sync_flag) = 0
BEGIN
    INSERT INTO sync_dirty (kind, id) SELECT 'strategies', NEW.id
    WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'strategies' AND id = NEW.id);
END;
CREATE TRIGGER sync_strategies_update AFTER UPDATE ON strategies WHEN (SELECT applying FROM sync_flag) = 0
BEGIN
    INSERT INTO sync_dirty (kind, id) SELECT 'strategies', NEW.id
    WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'strategies' AND id = NEW.id);
END;
CREATE TRIGGER sync_strategies_delete AFTER DELETE ON strategies WHEN (SELECT applying FROM sync_flag) = 0
BEGIN
    INSERT INTO sync_dirty (kind, id) SELECT 'strategies', OLD.id
    WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'strategies' AND id = OLD.id);
END;
-- starter_hidden
CREATE TRIGGER sync_starter_hidden_insert AFTER INSERT ON starter_hidden WHEN (SELECT applying FROM sync_flag) = 0
BEGIN
    INSERT INTO sync_dirty (kind, id) SELECT 'starter_hidden', NEW.key
    WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'starter_hidden' AND id = NEW.key);
END;
CREATE TRIGGER sync_starter_hidden_update AFTER UPDATE ON starter_hidden WHEN (SELECT applying FROM sync_flag) = 0
BEGIN
    INSERT INTO sync_dirty (kind, id) SELECT 'starter_hidden', NEW.key
    WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'starter_hidden' AND id = NEW.key);
END;
CREATE TRIGGER sync_starter_hidden_delete AFTER DELETE ON starter_hidden WHEN (SELECT applying FROM sync_flag) = 0
BEGIN
    INSERT INTO sync_dirty (kind, id) SELECT 'starter_hidden', OLD.key
    WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'starter_hidden' AND id = OLD.key);
END;
-- strategy_uses
CREATE TRIGGER sync_strategy_uses_insert AFTER INSERT ON strategy_uses WHEN (SELECT applying FROM sync_flag) = 0
BEGIN
    INSERT INTO sync_dirty (kind, id) SELECT 'strategy_uses', NEW.id
    WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'strategy_uses' AND id = NEW.id);
END;
CREATE TRIGGER sync_strategy_uses_update AFTER UPDATE ON strategy_uses WHEN (SELECT applying FROM sync_flag) = 0
BEGIN
    INSERT INTO sync_dirty (kind, id) SELECT 'strategy_uses', NEW.id
    WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'strategy_uses' AND id = NEW.id);
END;
CREATE TRIGGER sync_strategy_uses_delete AFTER DELETE ON strategy_uses WHEN (SELECT applying FROM sync_flag) = 0
BEGIN
    INSERT INTO sync_dirty (kind, id) SELECT 'strategy_uses', OLD.id
    WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'strategy_uses' AND id = OLD.id);
END;
-- safety_plan_items
CREATE TRIGGER sync_safety_plan_items_insert AFTER INSERT ON safety_plan_items WHEN (SELECT applying FROM sync_flag) = 0
BEGIN
    INSERT INTO sync_dirty (kind, id) SELECT 'safety_plan_items', NEW.id
    WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'safety_plan_items' AND id = NEW.id);
END;
CREATE TRIGGER sync_safety_plan_items_update AFTER UPDATE ON safety_plan_items WHEN (SELECT applying FROM sync_flag) = 0
BEGIN
    INSERT INTO sync_dirty (kind, id) SELECT 'safety_plan_items', NEW.id
    WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'safety_plan_items' AND id = NEW.id);
END;
CREATE TRIGGER sync_safety_plan_items_delete AFTER DELETE ON safety_plan_items WHEN (SELECT applying FROM sync_flag) = 0
BEGIN
    INSERT INTO sync_dirty (kind, id) SELECT 'safety_plan_items', OLD.id
    WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'safety_plan_items' AND id = OLD.id);
END;
-- resources
CREATE TRIGGER sync_resources_insert AFTER INSERT ON resources WHEN (SELECT applying FROM sync_flag) = 0
BEGIN
    INSERT INTO sync_dirty (kind, id) SELECT 'resources', NEW.id
    WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'resources' AND id = NEW.id);
END;
CREATE TRIGGER sync_resources_update AFTER UPDATE ON resources WHEN (SELECT applying FROM sync_flag) = 0
BEGIN
    INSERT INTO sync_dirty (kind, id) SELECT 'resources', NEW.id
    WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'resources' AND id = NEW.id);
END;
CREATE TRIGGER sync_resources_delete AFTER DELETE ON resources WHEN (SELECT applying FROM sync_flag) = 0
BEGIN
    INSERT INTO sync_dirty (kind, id) SELECT 'resources', OLD.id
    WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'resources' AND id = OLD.id);
END;
-- knowledge_notes
CREATE TRIGGER sync_knowledge_notes_insert AFTER INSERT ON knowledge_notes WHEN (SELECT applying FROM sync_flag) = 0
BEGIN
    INSERT INTO sync_dirty (kind, id) SELECT 'knowledge_notes', NEW.id
    WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'knowledge_notes' AND id = NEW.id);
END;
CREATE TRIGGER sync_knowledge_notes_update AFTER UPDATE ON knowledge_notes WHEN (SELECT applying FROM sync_flag) = 0
BEGIN
    INSERT INTO sync_dirty (kind, id) SELECT 'knowledge_notes', NEW.id
    WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'knowledge_notes' AND id = NEW.id);
END;
CREATE TRIGGER sync_knowledge_notes_delete AFTER DELETE ON knowledge_notes WHEN (SELECT applying FROM sync_flag) = 0
BEGIN
    INSERT INTO sync_dirty (kind, id) SELECT 'knowledge_notes', OLD.id
    WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'knowledge_notes' AND id = OLD.id);
END;
-- groups
CREATE TRIGGER sync_groups_insert AFTER INSERT ON groups WHEN (SELECT applying FROM sync_flag) = 0
BEGIN
    INSERT INTO sync_dirty (kind, id) SELECT 'groups', NEW.id
    WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'groups' AND id = NEW.id);
END;
CREATE TRIGGER sync_groups_update AFTER UPDATE ON groups WHEN (SELECT applying FROM sync_flag) = 0
BEGIN
    INSERT INTO sync_dirty (kind, id) SELECT 'groups', NEW.id
    WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'groups' AND id = NEW.id);
END;
CREATE TRIGGER sync_groups_delete AFTER DELETE ON groups WHEN (SELECT applying FROM sync_flag) = 0
BEGIN
    INSERT INTO sync_dirty (kind, id) SELECT 'groups', OLD.id
    WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'groups' AND id = OLD.id);
END;
-- group_members
CREATE TRIGGER sync_group_members_insert AFTER INSERT ON group_members WHEN (SELECT applying FROM sync_flag) = 0
BEGIN
    INSERT INTO sync_dirty (kind, id) SELECT 'group_members', NEW.id
    WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'group_members' AND id = NEW.id);
END;
CREATE TRIGGER sync_group_members_update AFTER UPDATE ON group_members WHEN (SELECT applying FROM sync_flag) = 0
BEGIN
    INSERT INTO sync_dirty (kind, id) SELECT 'group_members', NEW.id
    WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'group_members' AND id = NEW.id);
END;
CREATE TRIGGER sync_group_members_delete AFTER DELETE ON group_members WHEN (SELECT applying FROM sync_flag) = 0
BEGIN
    INSERT INTO sync_dirty (kind, id) SELECT 'group_members', OLD.id
    WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'group_members' AND id = OLD.id);
END;
-- group_sessions
CREATE TRIGGER sync_group_sessions_insert AFTER INSERT ON group_sessions WHEN (SELECT applying FROM sync_flag) = 0
BEGIN
    INSERT INTO sync_dirty (kind, id) SELECT 'group_sessions', NEW.id
    WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'group_sessions' AND id = NEW.id);
END;
CREATE TRIGGER sync_group_sessions_update AFTER UPDATE ON group_sessions WHEN (SELECT applying FROM sync_flag) = 0
BEGIN
    INSERT INTO sync_dirty (kind, id) SELECT 'group_sessions', NEW.id
    WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'group_sessions' AND id = NEW.id);
END;
CREATE TRIGGER sync_group_sessions_delete AFTER DELETE ON group_sessions WHEN (SELECT applying FROM sync_flag) = 0
BEGIN
    INSERT INTO sync_dirty (kind, id) SELECT 'group_sessions', OLD.id
    WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'group_sessions' AND id = OLD.id);
END;
-- shared_items
CREATE TRIGGER sync_shared_items_insert AFTER INSERT ON shared_items WHEN (SELECT applying FROM sync_flag) = 0
BEGIN
    INSERT INTO sync_dirty (kind, id) SELECT 'shared_items', NEW.id
    WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'shared_items' AND id = NEW.id);
END;
CREATE TRIGGER sync_shared_items_update AFTER UPDATE ON shared_items WHEN (SELECT applying FROM sync_flag) = 0
BEGIN
    INSERT INTO sync_dirty (kind, id) SELECT 'shared_items', NEW.id
    WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'shared_items' AND id = NEW.id);
END;
CREATE TRIGGER sync_shared_items_delete AFTER DELETE ON shared_items WHEN (SELECT applying FROM sync_flag) = 0
BEGIN
    INSERT INTO sync_dirty (kind, id) SELECT 'shared_items', OLD.id
    WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'shared_items' AND id = OLD.id);
END;
-- mentoring_pairs
CREATE TRIGGER sync_mentoring_pairs_insert AFTER INSERT ON mentoring_pairs WHEN (SELECT applying FROM sync_flag) = 0
BEGIN
    INSERT INTO sync_dirty (kind, id) SELECT 'mentoring_pairs', NEW.id
    WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'mentoring_pairs' AND id = NEW.id);
END;
CREATE TRIGGER sync_mentoring_pairs_update AFTER UPDATE ON mentoring_pairs WHEN (SELECT applying FROM sync_flag) = 0
BEGIN
    INSERT INTO sync_dirty (kind, id) SELECT 'mentoring_pairs', NEW.id
    WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'mentoring_pairs' AND id = NEW.id);
END;
CREATE TRIGGER sync_mentoring_pairs_delete AFTER DELETE ON mentoring_pairs WHEN (SELECT applying FROM sync_flag) = 0
BEGIN
    INSERT INTO sync_dirty (kind, id) SELECT 'mentoring_pairs', OLD.id
    WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'mentoring_pairs' AND id = OLD.id);
END;
-- mentoring_checkins
CREATE TRIGGER sync_mentoring_checkins_insert AFTER INSERT ON mentoring_checkins WHEN (SELECT applying FROM sync_flag) = 0
BEGIN
    INSERT INTO sync_dirty (kind, id) SELECT 'mentoring_checkins', NEW.id
    WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'mentoring_checkins' AND id = NEW.id);
END;
CREATE TRIGGER sync_mentoring_checkins_update AFTER UPDATE ON mentoring_checkins WHEN (SELECT applying FROM sync_flag) = 0
BEGIN
    INSERT INTO sync_dirty (kind, id) SELECT 'mentoring_checkins', NEW.id
    WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'mentoring_checkins' AND id = NEW.id);
END;
CREATE TRIGGER sync_mentoring_checkins_delete AFTER DELETE ON mentoring_checkins WHEN (SELECT applying FROM sync_flag) = 0
BEGIN
    INSERT INTO sync_dirty (kind, id) SELECT 'mentoring_checkins', OLD.id
    WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'mentoring_checkins' AND id = OLD.id);
END;
-- handout_templates
CREATE TRIGGER sync_handout_templates_insert AFTER INSERT ON handout_templates WHEN (SELECT applying FROM sync_flag) = 0
BEGIN
    INSERT INTO sync_dirty (kind, id) SELECT 'handout_templates', NEW.id
    WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'handout_templates' AND id = NEW.id);
END;
CREATE TRIGGER sync_handout_templates_update AFTER UPDATE ON handout_templates WHEN (SELECT applying FROM sync_flag) = 0
BEGIN
    INSERT INTO sync_dirty (kind, id) SELECT 'handout_templates', NEW.id
    WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'handout_templates' AND id = NEW.id);
END;
CREATE TRIGGER sync_handout_templates_delete AFTER DELETE ON handout_templates WHEN (SELECT applying FROM sync_flag) = 0
BEGIN
    INSERT INTO sync_dirty (kind, id) SELECT 'handout_templates', OLD.id
    WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'handout_templates' AND id = OLD.id);
END;
-- entries
CREATE TRIGGER sync_entries_insert AFTER INSERT ON entries WHEN (SELECT applying FROM sync_flag) = 0
BEGIN
    INSERT INTO sync_dirty (kind, id) SELECT 'entries', NEW.id
    WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'entries' AND id = NEW.id);
END;
CREATE TRIGGER sync_entries_update AFTER UPDATE ON entries WHEN (SELECT applying FROM sync_flag) = 0
BEGIN
    INSERT INTO sync_dirty (kind, id) SELECT 'entries', NEW.id
    WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'entries' AND id = NEW.id);
END;
CREATE TRIGGER sync_entries_delete AFTER DELETE ON entries WHEN (SELECT applying FROM sync_flag) = 0
BEGIN
    INSERT INTO sync_dirty (kind, id) SELECT 'entries', OLD.id
    WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'entries' AND id = OLD.id);
END;
-- attachments
CREATE TRIGGER sync_attachments_insert AFTER INSERT ON attachments WHEN (SELECT applying FROM sync_flag) = 0
BEGIN
    INSERT INTO sync_dirty (kind, id) SELECT 'attachments', NEW.id
    WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'attachments' AND id = NEW.id);
END;
CREATE TRIGGER sync_attachments_update AFTER UPDATE ON attachments WHEN (SELECT applying FROM sync_flag) = 0
BEGIN
    INSERT INTO sync_dirty (kind, id) SELECT 'attachments', NEW.id
    WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'attachments' AND id = NEW.id);
END;
CREATE TRIGGER sync_attachments_delete AFTER DELETE ON attachments WHEN (SELECT applying FROM sync_flag) = 0
BEGIN
    INSERT INTO sync_dirty (kind, id) SELECT 'attachments', OLD.id
    WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'attachments' AND id = OLD.id);
END;
-- milestone_lapses, inside milestones
CREATE TRIGGER sync_milestone_lapses_insert AFTER INSERT ON milestone_lapses WHEN (SELECT applying FROM sync_flag) = 0
BEGIN
    INSERT INTO sync_dirty (kind, id) SELECT 'milestones', NEW.milestone_id
    WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'milestones' AND id = NEW.milestone_id);
END;
CREATE TRIGGER sync_milestone_lapses_update AFTER UPDATE ON milestone_lapses WHEN (SELECT applying FROM sync_flag) = 0
BEGIN
    INSERT INTO sync_dirty (kind, id) SELECT 'milestones', NEW.milestone_id
    WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'milestones' AND id = NEW.milestone_id);
END;
CREATE TRIGGER sync_milestone_lapses_delete AFTER DELETE ON milestone_lapses WHEN (SELECT applying FROM sync_flag) = 0
BEGIN
    INSERT INTO sync_dirty (kind, id) SELECT 'milestones', OLD.milestone_id
    WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'milestones' AND id = OLD.milestone_id);
END;
-- milestone_celebrations, inside milestones
CREATE TRIGGER sync_milestone_celebrations_insert AFTER INSERT ON milestone_celebrations WHEN (SELECT applying FROM sync_flag) = 0
BEGIN
    INSERT INTO sync_dirty (kind, id) SELECT 'milestones', NEW.milestone_id
    WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'milestones' AND id = NEW.milestone_id);
END;
CREATE TRIGGER sync_milestone_celebrations_update AFTER UPDATE ON milestone_celebrations WHEN (SELECT applying FROM sync_flag) = 0
BEGIN
    INSERT INTO sync_dirty (kind, id) SELECT 'milestones', NEW.milestone_id
    WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'milestones' AND id = NEW.milestone_id);
END;
CREATE TRIGGER sync_milestone_celebrations_delete AFTER DELETE ON milestone_celebrations WHEN (SELECT applying FROM sync_flag) = 0
BEGIN
    INSERT INTO sync_dirty (kind, id) SELECT 'milestones', OLD.milestone_id
    WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'milestones' AND id = OLD.milestone_id);
END;
-- agenda_items, inside group_sessions
CREATE TRIGGER sync_agenda_items_insert AFTER INSERT ON agenda_items WHEN (SELECT applying FROM sync_flag) = 0
BEGIN
    INSERT INTO sync_dirty (kind, id) SELECT 'group_sessions', NEW.session_id
    WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'group_sessions' AND id = NEW.session_id);
END;
CREATE TRIGGER sync_agenda_items_update AFTER UPDATE ON agenda_items WHEN (SELECT applying FROM sync_flag) = 0
BEGIN
    INSERT INTO sync_dirty (kind, id) SELECT 'group_sessions', NEW.session_id
    WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'group_sessions' AND id = NEW.session_id);
END;
CREATE TRIGGER sync_agenda_items_delete AFTER DELETE ON agenda_items WHEN (SELECT applying FROM sync_flag) = 0
BEGIN
    INSERT INTO sync_dirty (kind, id) SELECT 'group_sessions', OLD.session_id
    WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'group_sessions' AND id = OLD.session_id);
END;
-- attendance, inside group_sessions
CREATE TRIGGER sync_attendance_insert AFTER INSERT ON attendance WHEN (SELECT applying FROM sync_flag) = 0
BEGIN
    INSERT INTO sync_dirty (kind, id) SELECT 'group_sessions', NEW.session_id
    WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'group_sessions' AND id = NEW.session_id);
END;
CREATE TRIGGER sync_attendance_update AFTER UPDATE ON attendance WHEN (SELECT applying FROM sync_flag) = 0
BEGIN
    INSERT INTO sync_dirty (kind, id) SELECT 'group_sessions', NEW.session_id
    WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'group_sessions' AND id = NEW.session_id);
END;
CREATE TRIGGER sync_attendance_delete AFTER DELETE ON attendance WHEN (SELECT applying FROM sync_flag) = 0
BEGIN
    INSERT INTO sync_dirty (kind, id) SELECT 'group_sessions', OLD.session_id
    WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'group_sessions' AND id = OLD.session_id);
END;
-- tracker_values, inside entries
CREATE TRIGGER sync_tracker_values_insert AFTER INSERT ON tracker_values WHEN (SELECT applying FROM sync_flag) = 0
BEGIN
    INSERT INTO sync_dirty (kind, id) SELECT 'entries', (SELECT id FROM entries WHERE seq = NEW.entry_seq)
    WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'entries' AND id = (SELECT id FROM entries WHERE seq = NEW.entry_seq));
END;
CREATE TRIGGER sync_tracker_values_update AFTER UPDATE ON tracker_values WHEN (SELECT applying FROM sync_flag) = 0
BEGIN
    INSERT INTO sync_dirty (kind, id) SELECT 'entries', (SELECT id FROM entries WHERE seq = NEW.entry_seq)
    WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'entries' AND id = (SELECT id FROM entries WHERE seq = NEW.entry_seq));
END;
CREATE TRIGGER sync_tracker_values_delete AFTER DELETE ON tracker_values WHEN (SELECT applying FROM sync_flag) = 0
BEGIN
    INSERT INTO sync_dirty (kind, id) SELECT 'entries', (SELECT id FROM entries WHERE seq = OLD.entry_seq)
    WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'entries' AND id = (SELECT id FROM entries WHERE seq = OLD.entry_seq));
END;
