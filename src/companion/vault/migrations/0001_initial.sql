-- Vault-wide facts: the vault id, when it was created, which app version wrote it.
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- Text typed into an editor and not yet filed, kept inside the vault so that it
-- survives lock, quit and crashes without ever touching the disk in plain text.
-- `slot` names the editor ("today-note", "entry:<uuid>", ...).
CREATE TABLE drafts (
    slot       TEXT PRIMARY KEY,
    body       TEXT NOT NULL,
    updated_at TEXT NOT NULL
) WITHOUT ROWID;
