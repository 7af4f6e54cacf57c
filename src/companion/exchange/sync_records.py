"""One record of a change file, to and from its JSON form:
`{"k": kind, "i": id, "d": fields, "c": clocks, "h": history, "x": deleted, "v": hash}`.

Reading is strict about the shape (docs/sync.md); the fields themselves are
checked by the domain rules (domain/records.py) before anything is written.
"""

from __future__ import annotations

import re
from typing import Any

from companion.domain.sync import HISTORY, Version, parse_clock
from companion.exchange.sync_health import Rejected
from companion.vault.sync_store import BY_NAME


def to_json(kind: str, record_id: str, version: Version) -> dict[str, Any]:
    return {
        "k": kind,
        "i": record_id,
        "d": version.data,
        "c": version.clocks,
        "h": list(version.history),
        "x": version.deleted,
        "v": version.hash,
    }


_HASH = re.compile(r"^[0-9a-f]{1,64}$")


def from_json(raw: Any) -> tuple[tuple[str, str], Version] | Rejected | None:
    """One record from a change file; Rejected (with why) if it is malformed, None
    if it is of a kind this version does not know (a newer device's)."""
    kind = raw.get("k") if isinstance(raw, dict) else None
    if isinstance(kind, str) and kind not in BY_NAME:
        return None
    record_id, data, clocks, history = (
        (raw.get(k) for k in ("i", "d", "c", "h")) if isinstance(raw, dict) else [None] * 4
    )
    shaped = (
        isinstance(kind, str)
        and isinstance(record_id, str)
        and isinstance(data, dict)
        and isinstance(clocks, dict)
        and isinstance(history, list)
        and all(isinstance(c, str) for c in clocks.values())
        and all(isinstance(n, str) and n.isascii() and len(n) <= 100 for n in clocks)
        and all(isinstance(h, str) and _HASH.match(h) for h in history)
        and (not raw.get("v") or (isinstance(raw["v"], str) and _HASH.match(raw["v"])))
    )
    try:
        if shaped:
            for text in clocks.values():  # type: ignore[union-attr]
                parse_clock(text)
    except ValueError:
        shaped = False
    if not shaped:
        label = record_id[:40] if isinstance(record_id, str) else ""
        return Rejected(
            "", kind if isinstance(kind, str) else "", label, "it is not in the sync format"
        )
    assert isinstance(kind, str) and isinstance(record_id, str)
    version = Version(
        data,  # type: ignore[arg-type]
        clocks,  # type: ignore[arg-type]
        tuple(history[-HISTORY:]),  # type: ignore[index]
        bool(raw.get("x")),
        str(raw.get("v") or ""),
    )
    return (kind, record_id), version
