"""The sync folder on disk: a key file and one folder of change files per device.

    companion-sync.age              the folder key, encrypted with the sync passphrase
    README.txt                      what this folder is (no content)
    devices/<device>/00000001.seg.age       changes, one numbered segment per sync
    devices/<device>/snapshot-00000040.age  everything, as of that segment
    devices/<device>/status.age             what this device could not read or apply

Only the owning device writes or removes files in its own folder, so a sync
engine never has two writers for one file. Files are written under a temporary
name, flushed to disk, then renamed. Copies a sync engine makes when it thinks
there was a conflict (`*.sync-conflict-*`, "conflicted copy") are read once as
extra input and otherwise ignored.
"""

from __future__ import annotations

import json
import os
import re
import uuid
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyrage

from companion.domain.passphrase import is_long_enough
from companion.vault.errors import WeakFilePassphrase
from companion.vault.files import write_atomic

KEY_FILE = "companion-sync.age"
DEVICES = "devices"
KEY_FORMAT = "companion-sync-key"
FILE_FORMAT = "companion-sync"
STATUS_FORMAT = "companion-sync-status"
STATUS_FILE = "status.age"
VERSION = 1
SEGMENT = re.compile(r"^(\d{8})\.seg\.age$")
SNAPSHOT = re.compile(r"^snapshot-(\d{8})\.age$")
ENGINE_COPY = re.compile(r"sync-conflict|conflicted copy|conflict[-_ ]", re.IGNORECASE)
DEVICE_NAME = re.compile(r"^[0-9a-f]{12}$")
MAX_FILE_BYTES = 2 * 1024**3
README = """This folder carries Companion's encrypted sync files between your devices.
Everything in it is encrypted. Do not edit or rename the files.
To stop syncing, use Settings > Sync in Companion on each device.
"""


class SyncFolderError(Exception):
    """The folder cannot be used or read; the message says why, in a sentence."""


class WrongSyncPassphrase(SyncFolderError):
    pass


@dataclass
class DeviceFiles:
    segments: dict[int, Path] = field(default_factory=dict)
    snapshots: dict[int, Path] = field(default_factory=dict)
    engine_copies: list[Path] = field(default_factory=list)
    status: Path | None = None

    def named(self, name: str) -> Path | None:
        """The segment or snapshot of that name, if it is (still) there."""
        for path in (*self.segments.values(), *self.snapshots.values()):
            if path.name == name:
                return path
        return None


def file_number(name: str) -> int | None:
    match = SEGMENT.match(name) or SNAPSHOT.match(name)
    return int(match.group(1)) if match else None


def check_folder(folder: Path, vault_dir: Path) -> Path:
    """The folder, resolved, if it is safe to sync through; otherwise a sentence."""
    if not folder.is_dir():
        raise SyncFolderError(f"{folder} is not a folder. Choose an existing folder.")
    target, vault = folder.resolve(), vault_dir.resolve()
    if target == vault or vault in target.parents:
        raise SyncFolderError(
            "The sync folder cannot be inside Companion's own vault folder. "
            "Choose the folder your sync app (Syncthing, Nextcloud, Dropbox) carries."
        )
    if target in vault.parents:
        raise SyncFolderError(
            "Companion's vault is inside that folder, so your sync app would copy the "
            "live vault. Choose a folder that does not hold the vault."
        )
    if not os.access(target, os.W_OK):
        raise SyncFolderError(f"Companion cannot write to {target}. Choose another folder.")
    return target


def has_key(folder: Path) -> bool:
    return (folder / KEY_FILE).is_file()


def create_key(folder: Path, passphrase: str) -> tuple[str, str]:
    """A new folder key, wrapped with the sync passphrase. Returns (folder id, identity).

    The key file sits in the synced (often cloud) folder and opens every change in
    it, so a new one needs a passphrase the vault itself would accept; open_key
    still takes whatever an existing folder was made with."""
    if not is_long_enough(passphrase):
        raise SyncFolderError(WeakFilePassphrase.user_message)
    identity = pyrage.x25519.Identity.generate()
    folder_id = uuid.uuid4().hex
    document = {
        "format": KEY_FORMAT,
        "version": VERSION,
        "folder": folder_id,
        "identity": str(identity),
    }
    data = pyrage.passphrase.encrypt(json.dumps(document).encode("utf-8"), passphrase)
    write_atomic(folder / KEY_FILE, data)
    write_atomic(folder / "README.txt", README.encode("utf-8"))
    return folder_id, str(identity)


def open_key(folder: Path, passphrase: str) -> tuple[str, str]:
    """Unwrap the folder key with the sync passphrase: (folder id, identity)."""
    try:
        data = (folder / KEY_FILE).read_bytes()
    except OSError as exc:
        raise SyncFolderError(f"The sync key in {folder} could not be read ({exc}).") from exc
    try:
        document = json.loads(pyrage.passphrase.decrypt(data, passphrase))
    except pyrage.DecryptError as exc:
        raise WrongSyncPassphrase(
            "That sync passphrase does not open this sync folder. Use the passphrase "
            "you chose on your first device."
        ) from exc
    except ValueError as exc:
        raise SyncFolderError("The sync key in this folder is damaged.") from exc
    if (
        not isinstance(document, dict)
        or document.get("format") != KEY_FORMAT
        or not isinstance(document.get("identity"), str)
        or not isinstance(document.get("folder"), str)
    ):
        raise SyncFolderError("The sync key in this folder is damaged.")
    if not isinstance(document.get("version"), int) or document["version"] > VERSION:
        raise SyncFolderError(
            "This sync folder was set up by a newer Companion. Update Companion on this device."
        )
    return document["folder"], document["identity"]


def encode(document: dict[str, Any], identity: str) -> bytes:
    recipient = pyrage.x25519.Identity.from_str(identity).to_public()
    raw = json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    encrypted: bytes = pyrage.encrypt(zlib.compress(raw, 6), [recipient])
    return encrypted


def decode(data: bytes, identity: str, expected: str = FILE_FORMAT) -> dict[str, Any]:
    """A change file's document. Raises SyncFolderError if it is not one of ours."""
    try:
        plain = pyrage.decrypt(data, [pyrage.x25519.Identity.from_str(identity)])
        document = json.loads(zlib.decompress(plain).decode("utf-8"))
    except (pyrage.DecryptError, zlib.error, ValueError, RecursionError) as exc:
        raise SyncFolderError(
            "it is damaged, cut short, or was written with another sync key"
        ) from exc
    if not isinstance(document, dict) or document.get("format") != expected:
        raise SyncFolderError("it is not a Companion change file")
    if not isinstance(document.get("version"), int) or document["version"] > VERSION:
        raise SyncFolderError("a newer Companion wrote to the sync folder: update this one")
    if expected == FILE_FORMAT and not isinstance(document.get("records"), list):
        raise SyncFolderError("its list of changes is damaged")
    return document


def read(path: Path, identity: str, expected: str = FILE_FORMAT) -> dict[str, Any]:
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise SyncFolderError("it is larger than any change file")
        return decode(path.read_bytes(), identity, expected)
    except OSError as exc:
        raise SyncFolderError(f"it could not be read ({exc.strerror or exc})") from exc


def device_dir(folder: Path, device: str) -> Path:
    path = folder / DEVICES / device
    path.mkdir(parents=True, exist_ok=True)
    return path


def segment_name(number: int) -> str:
    return f"{number:08d}.seg.age"


def snapshot_name(number: int) -> str:
    return f"snapshot-{number:08d}.age"


def scan(folder: Path) -> dict[str, DeviceFiles]:
    """Every device's files, by number. Temporary files and strangers are left alone."""
    out: dict[str, DeviceFiles] = {}
    root = folder / DEVICES
    if not root.is_dir():
        return out
    for device in root.iterdir():
        if not DEVICE_NAME.match(device.name) or not device.is_dir():
            continue
        files = out.setdefault(device.name, DeviceFiles())
        for path in device.iterdir():
            name = path.name
            if name.startswith(".") or not path.is_file():
                continue
            if name == STATUS_FILE:
                files.status = path
            elif name.startswith("status"):
                continue  # an engine's copy of a status file: the real one is enough
            elif ENGINE_COPY.search(name):
                files.engine_copies.append(path)
            elif match := SEGMENT.match(name):
                files.segments[int(match.group(1))] = path
            elif match := SNAPSHOT.match(name):
                files.snapshots[int(match.group(1))] = path
    return out


def folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
