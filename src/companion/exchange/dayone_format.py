"""Day One's JSON export (a zip with `Journal.json` and a `photos/` folder),
turned into Companion's format.

The zip is read member by member with caps, never extracted to disk: names with
`..` or absolute paths, and archives that expand far beyond their size (zip
bombs), are refused before anything is read in full.
"""

from __future__ import annotations

import base64
import json
import re
import zipfile
import zlib
from datetime import datetime
from pathlib import Path
from typing import Any

from companion.exchange.json_format import FORMAT, VERSION, entry_record
from companion.exchange.text_safety import REPLACED_KEY, scrub, shown

MAX_TOTAL_BYTES = 2 * 1024**3
MAX_MEMBER_BYTES = 512 * 1024**2
CHUNK_BYTES = 1024 * 1024
MAX_RATIO = 200  # a real export of text and photos compresses far less than this
PHOTO_REF = re.compile(r"!\[\]\(dayone-moment://[0-9A-Fa-f]+\)\n?")


class NotDayOne(ValueError):
    pass


def is_dayone_zip(path: Path) -> bool:
    return path.suffix.lower() == ".zip" and zipfile.is_zipfile(path)


def _safe(info: zipfile.ZipInfo) -> None:
    name = info.filename
    if name.startswith(("/", "\\")) or ".." in re.split(r"[/\\]", name) or ":" in name:
        raise NotDayOne(f"it holds a file with an unsafe name ({shown(name[:60])!r})")
    if info.file_size > MAX_MEMBER_BYTES:
        raise NotDayOne(f"{shown(name[:60])} is too large")
    if info.compress_size and info.file_size / info.compress_size > MAX_RATIO:
        raise NotDayOne("it expands far more than any export does (a zip bomb?)")


def _read(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytearray:
    """One member, inflated a chunk at a time with a cap on the bytes it really gives.

    The sizes in a zip's headers are only claims: `archive.read` inflates a whole
    member in one call before checking them, so a small file that claims a small
    size can fill memory. Reading in chunks keeps at most one chunk in flight, and
    zipfile stops at the claimed size (then the checksum refuses the rest)."""
    out = bytearray()
    with archive.open(info) as handle:
        while chunk := handle.read(CHUNK_BYTES):
            out += chunk
            if len(out) > MAX_MEMBER_BYTES:
                raise NotDayOne(f"{shown(info.filename[:60])} is too large")
    return out


def read_zip(path: Path) -> dict[str, Any]:
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            for info in infos:
                _safe(info)
            if sum(i.file_size for i in infos) > MAX_TOTAL_BYTES:
                raise NotDayOne("it expands to more than 2 GB")
            journals = [i for i in infos if i.filename.lower().endswith(".json")]
            if not journals:
                raise NotDayOne("it has no journal (.json) file in it")
            photos = {
                Path(i.filename).stem.lower(): i
                for i in infos
                if i.filename.lower().startswith("photos/") and not i.is_dir()
            }
            entries: list[dict[str, Any]] = []
            replaced = 0
            for info in journals:
                try:
                    journal = json.loads(_read(archive, info).decode("utf-8-sig"))
                except (UnicodeDecodeError, ValueError, RecursionError) as exc:
                    raise NotDayOne(f"{shown(info.filename)} is not readable JSON") from exc
                journal, n = scrub(journal)
                replaced += n
                entries += _entries(journal, archive, photos)
    except UnicodeDecodeError as exc:  # names marked UTF-8 that are not (JSON is caught above)
        raise NotDayOne("the names of the files in it cannot be read") from exc
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError) as exc:
        raise NotDayOne("it is not a readable zip file, or it is damaged") from exc
    return {"format": FORMAT, "version": VERSION, "entries": entries, REPLACED_KEY: replaced}


def _entries(
    journal: Any, archive: zipfile.ZipFile, photos: dict[str, zipfile.ZipInfo]
) -> list[dict[str, Any]]:
    if not isinstance(journal, dict) or not isinstance(journal.get("entries"), list):
        raise NotDayOne("its journal has no list of entries")
    out: list[dict[str, Any]] = []
    for i, entry in enumerate(journal["entries"]):
        where = f"entry {i + 1}"
        if not isinstance(entry, dict):
            raise NotDayOne(f"{where} is not a record")
        uuid, created, text = entry.get("uuid"), entry.get("creationDate"), entry.get("text", "")
        if not isinstance(uuid, str) or not isinstance(created, str) or not isinstance(text, str):
            raise NotDayOne(f"{where} lacks its uuid, date or text")
        try:
            when = datetime.fromisoformat(created.replace("Z", "+00:00"))
        except ValueError as exc:
            raise NotDayOne(f"{where} has a date Companion cannot read") from exc
        tags = entry.get("tags", [])
        if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
            raise NotDayOne(f"{where} has tags that are not a list of texts")
        pictures: list[dict[str, Any]] = []
        for photo in entry.get("photos", []) if isinstance(entry.get("photos"), list) else []:
            md5 = photo.get("md5") if isinstance(photo, dict) else None
            info = photos.get(md5.lower()) if isinstance(md5, str) else None
            if info is not None and len(pictures) < 20:
                pictures.append(
                    {
                        "id": f"dayone-{md5}-{uuid}"[:100],
                        "name": Path(info.filename).name,
                        "data": base64.b64encode(_read(archive, info)).decode("ascii"),
                    }
                )
        stamp = when.strftime("%Y-%m-%dT%H:%M:%S.000Z")
        out.append(
            entry_record(
                f"dayone-{uuid}"[:100],
                when.date().isoformat(),
                "",
                PHOTO_REF.sub("", text).strip(),
                stamp,
                tags=tags,
                win=entry.get("starred") is True,
                pictures=pictures,
            )
        )
    return out
