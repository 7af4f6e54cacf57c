"""Fuzzing every importer: mutated real files, each imported into a real vault.

Each case is a file (or folder) made by mutating a seed that Companion's own
exporter, or a sample of the other app's format, produced. The case is read,
previewed and applied as the app does. It passes when it imports, or when it is
refused with ImportRejected (a sentence) and the vault is exactly as before.
Anything else (another exception, a refusal after which the vault changed) is a
failure. Used by tests/unit/exchange/test_fuzz_import.py (a small sample) and
bench/fuzz_import.py (thousands of cases per format).
"""

from __future__ import annotations

import base64
import copy
import hashlib
import hmac
import io
import json
import os
import random
import shutil
import struct
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from companion.domain.groups import GroupDraft, Role
from companion.exchange import companion_import as ci
from companion.exchange import export, group_pack
from companion.exchange.json_format import build_export
from companion.services.access import Services
from companion.vault import keys, vault
from companion.vault.db import Database
from tests.unit.exchange.conftest import PNG, fill

PASSPHRASE = "fuzz words"
TODAY = date(2026, 11, 26)
MOODS: dict[str, int | None] = {"rad": 5, "good": 4, "meh": 3, "bad": 2, "awful": 1}
TABLES = (
    "entries",
    "tracker_values",
    "attachments",
    "tags",
    "entry_tags",
    "trackers",
    "templates",
    "milestones",
    "strategies",
    "strategy_uses",
    "safety_plan_items",
    "resources",
    "knowledge_notes",
    "groups",
    "group_members",
    "group_sessions",
    "agenda_items",
)


# -- age with a tiny scrypt work factor, so thousands of age cases run in seconds -----


def _b64(data: bytes) -> bytes:
    return base64.b64encode(data).rstrip(b"=")


def _hkdf(key: bytes, salt: bytes, info: bytes) -> bytes:
    return HKDF(hashes.SHA256(), 32, salt, info).derive(key)


def age_encrypt(plain: bytes, passphrase: str, log_n: int = 2) -> bytes:
    """An age v1 file with one scrypt recipient (as `age -p` writes, but cheap)."""
    file_key, salt, nonce = os.urandom(16), os.urandom(16), os.urandom(16)
    wrap = hashlib.scrypt(
        passphrase.encode(),
        salt=b"age-encryption.org/v1/scrypt" + salt,
        n=2**log_n,
        r=8,
        p=1,
        dklen=32,
    )
    body = ChaCha20Poly1305(wrap).encrypt(b"\x00" * 12, file_key, None)
    stanza = b"-> scrypt " + _b64(salt) + f" {log_n}\n".encode() + _b64(body) + b"\n"
    header = b"age-encryption.org/v1\n" + stanza + b"---"
    mac = hmac.new(_hkdf(file_key, b"", b"header"), header, "sha256").digest()
    out = [header + b" " + _b64(mac) + b"\n", nonce]
    stream = ChaCha20Poly1305(_hkdf(file_key, nonce, b"payload"))
    chunks = [plain[i : i + 65536] for i in range(0, len(plain), 65536)] or [b""]
    for counter, chunk in enumerate(chunks):
        last = counter == len(chunks) - 1
        out.append(stream.encrypt(counter.to_bytes(11, "big") + bytes([last]), chunk, None))
    return b"".join(out)


# -- mutations ---------------------------------------------------------------------------

NASTY: list[Any] = [
    None,
    True,
    False,
    0,
    -1,
    7,
    2**63,
    1e308,
    -0.0,
    "",
    " ",
    "x" * 5000,
    "\ud800",
    "a\udfffb",
    "\x00",
    "\ufeff",
    "not a date",
    "2026-13-45",
    "2026-02-30T25:61",
    "2026-11-26",
    "2026-11-26T19:30:00+14:00",
    "0001-01-01T00:00:00+01:00",
    "9999-12-31T23:59:59-01:00",
    "starter:x",
    "../../etc/passwd",
    [],
    {},
    [[[[[]]]]],
    {"a": {"b": {"c": []}}},
    ["x"] * 40,
    {"id": "dup"},
]


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            out += _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for i, item in enumerate(value[:6]):
            out += _paths(item, (*prefix, i))
    return out


CELLS = [
    "",
    '"',
    '"a,b"',
    "x" * 3000,
    "not a date",
    "2026-13-01",
    "2030-01-01",
    "25:99",
    "13:00 pm",
    "rad",
    "ecstatic",
    "walk | | run",
    "<br><br/>",
    "\x00",
    "\ufeff",
    "\r",
    "שלום",
]


def mutate_document(rng: random.Random, document: Any) -> Any:
    """The document with one to three changes at random places."""
    doc = copy.deepcopy(document)
    for _ in range(rng.randint(1, 3)):
        places = _paths(doc)
        place = rng.choice(places)
        if not place:
            continue
        parent = doc
        for key in place[:-1]:
            parent = parent[key]
        key = place[-1]
        action = rng.random()
        if action < 0.6:
            parent[key] = copy.deepcopy(rng.choice(NASTY))
        elif action < 0.75:
            del parent[key]
        elif action < 0.9 and isinstance(parent, list):
            parent.append(copy.deepcopy(parent[key]))  # a repeated record
        else:
            parent[key] = [parent[key]] if rng.random() < 0.5 else {"x": parent[key]}
    return doc


def mutate_bytes(rng: random.Random, data: bytes) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        where = rng.randrange(len(out) + 1)
        action = rng.random()
        if action < 0.3 and out:
            out[min(where, len(out) - 1)] = rng.randrange(256)
        elif action < 0.45:
            del out[where : where + rng.randint(1, 64)]
        elif action < 0.6:
            out[where:where] = rng.choice(
                [
                    b"\xef\xbb\xbf",
                    b'"\\ud800"',
                    b"[" * 2000,
                    b"\x00",
                    b"\xff\xfe",
                    b"\r\n",
                    b"---\n",
                ]
            )
        elif action < 0.7:
            del out[where:]
        elif action < 0.85 and out:
            start = rng.randrange(len(out))
            out[where:where] = out[start : start + rng.randint(1, 200)]
        else:
            out[where:where] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 16)))
    return bytes(out)


def dumps(document: Any, rng: random.Random) -> bytes:
    if rng.random() < 0.8:  # "\ud800" escapes only survive as ASCII
        return json.dumps(document).encode()
    return json.dumps(document, ensure_ascii=False).encode("utf-8", "surrogatepass")


# -- seeds -------------------------------------------------------------------------------


@dataclass
class Seeds:
    companion: dict[str, Any]
    jrnl: dict[str, Any]
    dayone: dict[str, Any]
    daylio: bytes
    markdown: dict[str, bytes]  # relative path -> bytes
    pack: dict[str, Any]


def make_seeds(folder: Path) -> Seeds:
    session = vault.create(folder / "seed-vault", "seed words", keys.FAST_KDF)[0]
    try:
        services = Services(session)
        fill(services)
        group = services.groups.save_group(None, GroupDraft("Walkers", my_role=Role.FACILITATOR))
        services.groups.add_member(group.id, "Sam", "by text", consent=True)
        services.groups.add_member(group.id, "Alex")
        strategy = services.toolbox.strategies()[0]
        services.toolbox.log_use(strategy.id, 7, 3, "better")
        services.journal.add_template("Evening", "What helped today?")
        services.progress.add_days_since("Days calm", date(2026, 1, 1))
        session_id = services.groups.add_session(group.id, datetime(2026, 12, 2, 19), "Rest").id
        companion = build_export(session.db, include_private=True)
        pack = group_pack.build_pack(
            services, group.id, session_id, lambda _data: ("Handout", "Agenda")
        )
        md = folder / "seed-md"
        export.export_markdown(session.db, md)
        markdown = {str(p.relative_to(md)): p.read_bytes() for p in md.rglob("*") if p.is_file()}
    finally:
        session.close()
    jrnl = {
        "tags": {"@walk": 1},
        "entries": [
            {
                "date": "2026-11-01",
                "time": "09:00",
                "title": "Walk",
                "body": "By the river",
                "tags": ["@walk"],
                "starred": True,
            },
            {"date": "2026-11-02", "time": "21:30", "title": "", "body": "Tired"},
        ],
    }
    dayone = {
        "metadata": {"version": "1.0"},
        "entries": [
            {
                "uuid": "A1B2C3D4",
                "creationDate": "2025-06-07T18:30:00Z",
                "text": "A good walk.\n![](dayone-moment://ABC)",
                "tags": ["walk"],
                "starred": True,
                "photos": [{"identifier": "ABC", "md5": "0123abcd", "type": "png"}],
            },
            {"uuid": "FFFF0000", "creationDate": "2025-06-08T07:00:00+02:00", "text": "Morning."},
        ],
    }
    daylio = (
        b"full_date,date,weekday,time,mood,activities,note_title,note\n"
        b"2026-11-01,November 1,Sunday,9:05 am,good,walk | friends,Walk,By the river<br>calm\n"
        b'2026-11-02,November 2,Monday,21:30,awful,,,"Tired, ""very"""\n'
    )
    return Seeds(companion, jrnl, dayone, daylio, markdown, pack)


# -- running one case ----------------------------------------------------------------------


@dataclass
class Tally:
    cases: int = 0
    imported: int = 0
    refused: int = 0
    failures: list[str] = field(default_factory=list)


def fingerprint(db: Database) -> str:
    counts = [db.scalar(f"SELECT count(*) FROM {t}") for t in TABLES]  # noqa: S608
    doc = build_export(db, include_private=True)
    doc.pop("exported_at")
    text = json.dumps([counts, doc], sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


class Runner:
    """A filled vault that every case is imported into; put back after an import."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.pristine = folder / "pristine"
        session = vault.create(self.pristine, "fuzz vault words", keys.FAST_KDF)[0]
        fill(Services(session))
        session.close()
        self.live = folder / "live"
        self.session: vault.VaultSession | None = None
        self._reset()

    def _reset(self) -> None:
        if self.session is not None:
            self.session.close()
        shutil.rmtree(self.live, ignore_errors=True)
        shutil.copytree(self.pristine, self.live)
        self.session = vault.unlock(self.live, "fuzz vault words")
        self.before = fingerprint(self.session.db)

    def close(self) -> None:
        if self.session is not None:
            self.session.close()

    def run(self, tally: Tally, label: str, path: Path, passphrase: str | None) -> None:
        assert self.session is not None
        db = self.session.db
        tally.cases += 1
        stage = "read"
        try:
            document = ci.read_path(db, path, passphrase, MOODS)
            stage = "preview"
            plan = ci.preview(db, document, TODAY)
            stage = "apply"
            ci.apply(db, plan)
        except ci.ImportRejected as exc:
            tally.refused += 1
            message = str(exc)
            if not message.endswith((".", "?")) or "Traceback" in message:
                tally.failures.append(f"{label}: not a sentence at {stage}: {message[:120]!r}")
            if fingerprint(db) != self.before:
                tally.failures.append(f"{label}: the vault changed after a refusal at {stage}")
                self._reset()
            return
        except Exception as exc:
            tally.failures.append(f"{label}: {type(exc).__name__} at {stage}: {str(exc)[:120]!r}")
            self._reset()
            return
        tally.imported += 1
        self._reset()


# -- the cases of each format -------------------------------------------------------------

Case = Callable[[random.Random, Path], tuple[Path, str | None]]


def _file(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def case_makers(seeds: Seeds) -> dict[str, Case]:
    def companion(rng: random.Random, folder: Path) -> tuple[Path, str | None]:
        if rng.random() < 0.7:
            data = dumps(mutate_document(rng, seeds.companion), rng)
        else:
            data = mutate_bytes(rng, dumps(seeds.companion, rng))
        return _file(folder, "export.json", data), None

    def age(rng: random.Random, folder: Path) -> tuple[Path, str | None]:
        if rng.random() < 0.6:
            data = age_encrypt(dumps(mutate_document(rng, seeds.companion), rng), PASSPHRASE)
        else:
            data = mutate_bytes(rng, age_encrypt(dumps(seeds.companion, rng), PASSPHRASE))
        return _file(folder, "export.age", data), rng.choice([PASSPHRASE, PASSPHRASE, None, "no"])

    def jrnl(rng: random.Random, folder: Path) -> tuple[Path, str | None]:
        if rng.random() < 0.7:
            data = dumps(mutate_document(rng, seeds.jrnl), rng)
        else:
            data = mutate_bytes(rng, dumps(seeds.jrnl, rng))
        return _file(folder, "jrnl.json", data), None

    def dayone(rng: random.Random, folder: Path) -> tuple[Path, str | None]:
        buffer = io.BytesIO()
        journal = dumps(mutate_document(rng, seeds.dayone), rng)
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("Journal.json", journal)
            archive.writestr("photos/0123abcd.png", PNG)
            if rng.random() < 0.1:
                archive.writestr(rng.choice(["../x.json", "/abs.json", "a:b.json"]), b"{}")
        data = buffer.getvalue()
        if rng.random() < 0.4:
            data = mutate_bytes(rng, data)
        elif rng.random() < 0.1:  # say the names are UTF-8, and break one
            data = bytearray(data)
            for signature, flags_at in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
                at = data.find(signature)
                if at >= 0:
                    data[at + flags_at + 1] |= 0x08
            name = data.find(b"Journal.json")
            data[name] = rng.choice([0xFF, 0xC3, 0x80])
            data = bytes(data)
        elif rng.random() < 0.2:  # lie about the sizes in both headers
            data = bytearray(data)
            for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
                at = data.find(signature)
                if at >= 0:
                    struct.pack_into("<I", data, at + offset, rng.choice([0, 1, 10, 2**32 - 1]))
            data = bytes(data)
        return _file(folder, "dayone.zip", data), None

    def daylio(rng: random.Random, folder: Path) -> tuple[Path, str | None]:
        if rng.random() < 0.3:
            data = mutate_bytes(rng, seeds.daylio)
        else:  # a cell or two changed, the file still UTF-8
            rows = [line.split(",") for line in seeds.daylio.decode().split("\n")]
            for _ in range(rng.randint(1, 3)):
                row = rng.choice(rows)
                cell = rng.choice(CELLS)
                row[rng.randrange(len(row))] = cell
            data = "\n".join(",".join(r) for r in rows).encode("utf-8", "surrogatepass")
        if rng.random() < 0.3:
            rows = data.split(b"\n")
            rows.insert(rng.randrange(len(rows) + 1), rng.choice(rows))
            data = b"\n".join(rows)
        return _file(folder, "daylio.csv", data), None

    def markdown(rng: random.Random, folder: Path) -> tuple[Path, str | None]:
        root = folder / "md"
        shutil.rmtree(root, ignore_errors=True)
        for name, data in seeds.markdown.items():
            (root / name).parent.mkdir(parents=True, exist_ok=True)
            (root / name).write_bytes(data)
        names = [n for n in seeds.markdown if n.endswith(".md")]
        for _ in range(rng.randint(1, 3)):
            name = rng.choice(names)
            if rng.random() < 0.5:
                (root / name).write_bytes(mutate_bytes(rng, seeds.markdown[name]))
            else:  # a front-matter value (or a new key) set to something nasty
                lines = seeds.markdown[name].decode().split("\n")
                key = rng.choice(["date", "title", "id", "mood", "win", "tags", "trackers", "x"])
                value = json.dumps(rng.choice(NASTY))
                at = next((i for i, line in enumerate(lines) if line.startswith(key + ":")), 1)
                lines[at if at > 0 else 1 : (at + 1) if at > 1 else 1] = [f"{key}: {value}"]
                (root / name).write_text("\n".join(lines), "utf-8", "surrogatepass")
        extra = rng.random()
        if extra < 0.1:
            (root / "nested.md").write_text(f"---\ntags: {'[' * 5000}\n---\nx", "utf-8")
        elif extra < 0.2:
            (root / "surrogate.md").write_text('---\ntitle: "\\ud800"\n---\nx', "utf-8")
        elif extra < 0.25:
            os.mkfifo(root / "pipe.md")
        elif extra < 0.3:
            (root / "link.md").symlink_to("/etc/passwd")
        elif extra < 0.35:  # a file name that is not UTF-8, linking a picture
            (root / os.fsdecode(b"2026-11-03 \xff\xfe.md")).write_bytes(
                b"![](../attachments/p.png)\n"
            )
            (root / "attachments").mkdir(exist_ok=True)
            (root / "attachments" / "p.png").write_bytes(PNG)
        return root, None

    def pack(rng: random.Random, folder: Path) -> tuple[Path, str | None]:
        if rng.random() < 0.8:
            data = age_encrypt(dumps(mutate_document(rng, seeds.pack), rng), PASSPHRASE)
        else:
            data = mutate_bytes(rng, age_encrypt(dumps(seeds.pack, rng), PASSPHRASE))
        return _file(folder, "pack.age", data), PASSPHRASE

    return {
        "companion": companion,
        "age": age,
        "jrnl": jrnl,
        "dayone": dayone,
        "daylio": daylio,
        "markdown": markdown,
        "group pack": pack,
    }


def fuzz(folder: Path, cases: int, seed: int = 0) -> dict[str, Tally]:
    """`cases` cases for every format; returns the tally of each."""
    seeds = make_seeds(folder)
    runner = Runner(folder / "runner")
    tallies: dict[str, Tally] = {}
    try:
        for name, make in case_makers(seeds).items():
            rng = random.Random(f"{seed}-{name}")
            tally = tallies[name] = Tally()
            work = folder / "cases"
            for i in range(cases):
                shutil.rmtree(work, ignore_errors=True)
                work.mkdir()
                path, passphrase = make(rng, work)
                runner.run(tally, f"{name} case {i}", path, passphrase)
    finally:
        runner.close()
    return tallies
