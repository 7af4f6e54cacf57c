"""What could not be read or applied from the other devices, kept so that nothing
from elsewhere can stop a sync, and told to the device that wrote it.

- A file that cannot be read (damaged, cut short, another sync key) is skipped,
  so the writer's later files still apply. It is tried again on every sync while
  it is there, and listed in this device's `status.age` in the sync folder.
- The writer reads the others' status files. When one lists a file of its own,
  it sends everything again as a new snapshot, and its status says so.
- A record that breaks a rule (domain/records.py) is set aside: the others
  apply, and the status names the device and what was wrong until a good
  version of that record arrives.

The state lives in sync_state as JSON; status files hold file names, record
ids and the sentences, never content.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from companion.exchange import sync_folder
from companion.exchange.sync_folder import DeviceFiles, SyncFolderError
from companion.vault.files import write_atomic
from companion.vault.sync_store import SyncStore

log = logging.getLogger(__name__)

LABELS = {
    "entries": "a journal entry",
    "attachments": "a picture in an entry",
    "trackers": "a tracker",
    "templates": "an entry template",
    "milestones": "a milestone",
    "strategies": "a coping strategy",
    "starter_hidden": "a hidden starter strategy",
    "strategy_uses": "a use of a coping strategy",
    "safety_plan_items": "a line of the safety plan",
    "resources": "a resource",
    "knowledge_notes": "a note",
    "groups": "a group",
    "group_members": "a group member",
    "group_sessions": "a group session",
    "shared_items": "something shared in a group",
    "mentoring_pairs": "a mentoring pair",
    "mentoring_checkins": "a mentoring check-in",
    "handout_templates": "a handout template",
}
SHOWN = 5  # reasons spelled out in one sentence
MAX_LISTED = 200  # set-aside records kept; beyond that only the count matters


@dataclass(frozen=True)
class Rejected:
    device: str
    kind: str
    id: str
    problem: str


@dataclass
class Health:
    unreadable: dict[str, dict[str, str]] = field(default_factory=dict)  # device -> file -> why
    set_aside: dict[tuple[str, str, str], str] = field(default_factory=dict)
    resent: set[str] = field(default_factory=set)  # "reader/file" reports answered
    names: dict[str, str] = field(default_factory=dict)  # device -> its computer's name
    reports: dict[str, dict[str, Any]] = field(default_factory=dict)  # others' status files
    _saved: str = ""

    @classmethod
    def load(cls, store: SyncStore) -> Health:
        raw = json.loads(store.get("health") or "{}")
        health = cls(
            unreadable={d: dict(f) for d, f in raw.get("unreadable", {}).items()},
            set_aside={tuple(r[:3]): r[3] for r in raw.get("set_aside", [])},
            resent=set(raw.get("resent", [])),
            names=dict(raw.get("names", {})),
        )
        health._saved = health._dump()
        return health

    def _dump(self) -> str:
        return json.dumps(
            {
                "unreadable": self.unreadable,
                "set_aside": [[*k, v] for k, v in sorted(self.set_aside.items())],
                "resent": sorted(self.resent),
                "names": self.names,
            },
            sort_keys=True,
        )

    @property
    def changed(self) -> bool:
        return self._dump() != self._saved

    def save(self, store: SyncStore, conn: Any) -> None:
        store.put({"health": self._dump()}, conn)

    # -- this device reading the others ---------------------------------------------------

    def could_not_read(self, device: str, name: str, why: str) -> None:
        self.unreadable.setdefault(device, {})[name] = why

    def read_again(self, device: str, name: str) -> None:
        files = self.unreadable.get(device, {})
        files.pop(name, None)
        if not files:
            self.unreadable.pop(device, None)

    def snapshot_read(self, device: str, number: int) -> None:
        """A snapshot holds everything before it: older unreadable files no longer matter."""
        for name in list(self.unreadable.get(device, {})):
            n = sync_folder.file_number(name)
            if n is not None and n <= number:
                self.read_again(device, name)

    def forget_gone(self, device: str, files: DeviceFiles) -> None:
        """Files the writer has since removed (it compacted) are not tried again."""
        for name in list(self.unreadable.get(device, {})):
            if files.named(name) is None:
                self.read_again(device, name)

    def reject(self, rejected: Rejected) -> None:
        key = (rejected.device, _printable(rejected.kind), _printable(rejected.id))
        if key in self.set_aside or len(self.set_aside) < MAX_LISTED:
            self.set_aside[key] = rejected.problem

    def accepted(self, device: str, kind: str, record_id: str) -> None:
        self.set_aside.pop((device, kind, _printable(record_id)), None)

    # -- what the others said of this device ----------------------------------------------

    def read_reports(self, files: dict[str, DeviceFiles], identity: str, me: str) -> None:
        for device, found in files.items():
            if device == me or found.status is None:
                continue
            try:
                report = sync_folder.read(found.status, identity, sync_folder.STATUS_FORMAT)
            except SyncFolderError as exc:
                log.info("a status file in the sync folder could not be read: %s", exc)
                continue
            self.reports[device] = report
            name = report.get("name")
            if isinstance(name, str) and name.strip():
                self.names[device] = name.strip()[:60]

    def unread_of_mine(self, me: str, mine: DeviceFiles | None) -> dict[str, list[str]]:
        """Other devices -> files of this device they could not read (still here)."""
        out: dict[str, list[str]] = {}
        for device, report in self.reports.items():
            listed = report.get("unreadable", {})
            names = listed.get(me, []) if isinstance(listed, dict) else []
            names = names if isinstance(names, list) else []  # a status file from elsewhere
            gone = mine is None
            found = [n for n in names if isinstance(n, str) and not gone and mine.named(n)]  # type: ignore[union-attr]
            if found:
                out[device] = sorted(found)
        return out

    def needs_resend(self, me: str, mine: DeviceFiles | None) -> bool:
        wanted = {f"{d}/{n}" for d, names in self.unread_of_mine(me, mine).items() for n in names}
        return bool(wanted - self.resent)

    def resent_now(self, me: str, mine: DeviceFiles | None) -> None:
        self.resent = {
            f"{d}/{n}" for d, names in self.unread_of_mine(me, mine).items() for n in names
        }

    # -- telling --------------------------------------------------------------------------

    def computer(self, device: str) -> str:
        name = self.names.get(device)
        return f"“{name}” ({device[:6]})" if name else f"{device[:6]}"

    def sentences(self, me: str, mine: DeviceFiles | None) -> list[str]:
        out = []
        for device, files in sorted(self.unreadable.items()):
            listed = ", ".join(f"{name} ({why})" for name, why in sorted(files.items()))
            out.append(
                f"A sync file from the computer {self.computer(device)} could not be read: "
                f"{listed}. Its later changes were applied, and that computer was asked to "
                "send everything again; this clears when it has."
            )
        by_device: dict[str, list[tuple[str, str, str]]] = {}
        for (device, kind, record_id), why in sorted(self.set_aside.items()):
            by_device.setdefault(device, []).append((kind, record_id, why))
        for device, rejected in by_device.items():
            reasons = list(
                dict.fromkeys(f"{LABELS.get(kind, 'a record')}: {why}" for kind, _, why in rejected)
            )
            shown = "; ".join(reasons[:SHOWN])
            more = f" (and {len(reasons) - SHOWN} more)" if len(reasons) > SHOWN else ""
            count = "A change" if len(rejected) == 1 else f"{len(rejected)} changes"
            out.append(
                f"{count} from the computer {self.computer(device)} "
                f"{'was' if len(rejected) == 1 else 'were'} set aside ({shown}{more}). "
                "Everything else was applied. Updating Companion on that computer may fix it."
            )
        for device, report in sorted(self.reports.items()):
            listed_aside = report.get("set_aside", [])
            mine_set_aside = [
                r
                for r in (listed_aside if isinstance(listed_aside, list) else [])
                if isinstance(r, dict) and r.get("device") == me
            ]
            if mine_set_aside:
                first = mine_set_aside[0]
                others = len(mine_set_aside) - 1
                out.append(
                    f"The computer {self.computer(device)} set aside a change to "
                    f"{LABELS.get(str(first.get('kind')), 'a record')} from this computer "
                    f"because {str(first.get('problem'))[:200]}"
                    + (f" ({others} more like it)" if others else "")
                    + ". Editing it here again sends a new version."
                )
        for device, names in self.unread_of_mine(me, mine).items():
            out.append(
                f"The computer {self.computer(device)} could not read "
                f"{', '.join(names)} from this computer, so Companion sent everything again."
            )
        return out

    def write_status(self, folder: Path, me: str, name: str, identity: str) -> None:
        document = {
            "format": sync_folder.STATUS_FORMAT,
            "version": sync_folder.VERSION,
            "device": me,
            "name": name,
            "unreadable": {d: sorted(f) for d, f in self.unreadable.items()},
            "set_aside": [
                {"device": d, "kind": k, "id": i, "problem": why}
                for (d, k, i), why in sorted(self.set_aside.items())
            ],
        }
        path = sync_folder.device_dir(folder, me) / sync_folder.STATUS_FILE
        write_atomic(path, sync_folder.encode(document, identity))


def _printable(text: str) -> str:
    """An id from elsewhere as it can be stored and shown: short, valid Unicode."""
    return text[:100].encode("utf-8", "replace").decode("utf-8")
