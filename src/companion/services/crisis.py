"""Crisis lines: bundled data, an optional override file, and the user's own lines.

None of this is secret, so it works with the vault locked: a crisis number
never waits for a passphrase. A malformed file is ignored (the bundled lines
are used) and logged without its content.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)


class CrisisDataError(ValueError):
    pass


@dataclass(frozen=True)
class Line:
    name: str
    phone: str = ""  # kept exactly as written, letters and all
    text: str = ""
    hours: str = ""
    languages: str = ""
    notes: str = ""


@dataclass(frozen=True)
class Country:
    code: str
    name: str
    emergency: str
    lines: tuple[Line, ...]
    source: str


@dataclass(frozen=True)
class CrisisData:
    countries: dict[str, Country]
    note: str
    updated: str = ""
    from_override: bool = False
    problems: list[str] = field(default_factory=list)


def _text(item: dict[str, Any], key: str, required: bool = False, limit: int = 200) -> str:
    value = item.get(key, "")
    if not isinstance(value, str) or len(value) > limit or (required and not value.strip()):
        raise CrisisDataError(f"field {key!r} missing or not text")
    return value.strip()


def line_from(item: Any) -> Line:
    if not isinstance(item, dict):
        raise CrisisDataError("a line is not an object")
    line = Line(
        name=_text(item, "name", required=True),
        phone=_text(item, "phone"),
        text=_text(item, "text"),
        hours=_text(item, "hours"),
        languages=_text(item, "languages"),
        notes=_text(item, "notes", limit=500),
    )
    if not (line.phone or line.text):
        raise CrisisDataError("a line has neither phone nor text")
    return line


def parse(raw: bytes) -> CrisisData:
    try:
        body = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise CrisisDataError("not JSON") from exc
    if not isinstance(body, dict) or body.get("format") != 1:
        raise CrisisDataError("unknown format")
    countries: dict[str, Country] = {}
    items = body.get("countries")
    if not isinstance(items, list) or not items:
        raise CrisisDataError("no countries")
    for item in items:
        if not isinstance(item, dict):
            raise CrisisDataError("a country is not an object")
        code = _text(item, "code", required=True).upper()
        if len(code) != 2 or not code.isalpha() or code in countries:
            raise CrisisDataError("bad or repeated country code")
        lines = item.get("lines")
        if not isinstance(lines, list) or not lines:
            raise CrisisDataError("a country without lines")
        countries[code] = Country(
            code=code,
            name=_text(item, "name", required=True),
            emergency=_text(item, "emergency", required=True),
            lines=tuple(line_from(line) for line in lines),
            source=_text(item, "source", required=True, limit=500),
        )
    note = body.get("note")
    return CrisisData(
        countries, note if isinstance(note, str) else "", str(body.get("updated", ""))
    )


def bundled() -> CrisisData:
    return parse((resources.files("companion.resources") / "crisis" / "lines.json").read_bytes())


def load(override: Path | None = None) -> CrisisData:
    """The override file if there is a valid one, else the bundled lines."""
    if override is not None and override.exists():
        try:
            data = parse(override.read_bytes())
        except (CrisisDataError, OSError) as exc:
            # The reason only, never the file's content.
            log.warning("crisis-line override ignored: %s", exc)
            fallback = bundled()
            return CrisisData(
                fallback.countries, fallback.note, fallback.updated, problems=[type(exc).__name__]
            )
        return CrisisData(data.countries, data.note, data.updated, from_override=True)
    return bundled()


def own_lines(raw: Any) -> list[Line]:
    """The user's own lines from settings; entries that do not fit are skipped."""
    out = []
    for item in raw if isinstance(raw, list) else []:
        try:
            out.append(line_from(item))
        except CrisisDataError:
            continue
    return out


def crisis_lines_for_card(settings: Any, override: Path | None) -> list[str]:
    """Short lines for printing: the emergency number, the country's lines, your own."""
    data = load(override)
    country = data.countries.get(getattr(settings.load(), "crisis_country", "") or "")
    out = []
    if country is not None:
        out.append(f"{country.name}: {country.emergency}")
        out += [f"{line.name}: {line.phone or line.text}" for line in country.lines]
    out += [
        f"{line.name}: {line.phone or line.text}"
        for line in own_lines(getattr(settings.load(), "own_crisis_lines", []))
    ]
    return out
