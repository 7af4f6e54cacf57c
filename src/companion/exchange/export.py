"""Writing exports to disk: JSON, age-encrypted JSON and a Markdown folder.

Every writer builds its output beside the target and renames it into place, so
a cancelled or failed export leaves no partial file behind.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
from pathlib import Path

import pyrage

from companion.domain.passphrase import is_long_enough
from companion.exchange import markdown_format
from companion.exchange.json_format import Progress, build_export
from companion.vault.db import Database
from companion.vault.errors import StorageFull, StorageUnavailable, WeakFilePassphrase
from companion.vault.files import ensure_private_dir, storage_error, write_atomic


class ExportError(Exception):
    """An export could not be written; the message is a sentence for the user."""


def require_fit_to_travel(passphrase: str) -> None:
    """A new encrypted file leaves the machine: the vault's length rule applies."""
    if not is_long_enough(passphrase):
        raise ExportError(WeakFilePassphrase.user_message)


def has_private_notes(db: Database) -> bool:
    """Whether any live session holds private facilitator notes (worth asking about)."""
    return bool(
        db.scalar(
            "SELECT EXISTS (SELECT 1 FROM group_sessions WHERE deleted_at IS NULL"
            " AND private_notes != '')"
        )
    )


def to_json_bytes(document: dict[str, object]) -> bytes:
    return json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")


def export_json(db: Database, target: Path, progress: Progress | None = None) -> int:
    """Plain JSON, never with private notes. Returns the number of entries."""
    document = build_export(db, include_private=False, progress=progress)
    write_file(target, to_json_bytes(document))
    return len(document["entries"])


def export_age(
    db: Database,
    target: Path,
    passphrase: str,
    include_private: bool = False,
    progress: Progress | None = None,
) -> int:
    """The JSON export inside an age file (scrypt recipient), as `age -p` writes."""
    if not passphrase:
        raise ExportError("An encrypted export needs a passphrase.")
    require_fit_to_travel(passphrase)
    document = build_export(db, include_private=include_private, progress=progress)
    write_file(target, pyrage.passphrase.encrypt(to_json_bytes(document), passphrase))
    return len(document["entries"])


def export_markdown(db: Database, target: Path, progress: Progress | None = None) -> int:
    """A folder of Markdown files. `target` must not exist yet, or be empty."""
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise ExportError(f"{target} already exists and is not empty. Choose a new folder name.")
    document = build_export(db, include_private=False, progress=progress)
    partial = target.with_name(f".{target.name}.part-{os.getpid()}")
    try:
        ensure_private_dir(partial)
        markdown_format.write_folder(document, partial)
        if target.exists():
            target.rmdir()
        os.replace(partial, target)
    except OSError as exc:
        raise _sentence(storage_error(exc), target) from exc
    finally:
        with contextlib.suppress(OSError):
            shutil.rmtree(partial)
    return len(document["entries"])


def write_file(target: Path, data: bytes) -> None:
    if not target.parent.is_dir():
        raise ExportError(f"The folder {target.parent} does not exist.")
    try:
        write_atomic(target, data)
    except (StorageFull, StorageUnavailable) as exc:
        raise _sentence(exc, target) from exc


def _sentence(exc: StorageFull | StorageUnavailable, target: Path) -> ExportError:
    if isinstance(exc, StorageFull):
        return ExportError(
            f"The disk is full, so {target.name} was not written. Free some space and try again."
        )
    return ExportError(f"{target} could not be written ({exc}).")
