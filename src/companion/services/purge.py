"""Finishing deletes: once the undo window is over, a deleted record's text is
removed from the vault file (vault/purge.py says how).

Deletes are purged when an undo offer runs out (`offer_ended`), by a timer
for the kinds without an offer (`expired`), and everything deleted goes on
lock and on unlock (`everything`): no undo offer outlives a lock, and a
tombstone found on unlock was left by an app that was killed or by a sync,
with no undo left to offer. So text is never kept because the app was closed
the hard way.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from companion.vault import purge
from companion.vault.db import Database

log = logging.getLogger(__name__)

# How long a delete can be undone. The undo offers in ui/ use this too.
UNDO_SECONDS = 10
# An offer's timer and the times written are not exact to the millisecond (times are
# cut to whole milliseconds; a timer may fire a hair early), so when an offer ends,
# its delete counts as expired this much before the window is quite over: the offer
# is gone from the screen by then.
SLACK = timedelta(milliseconds=500)
# The timer's purge waits this much past the window, so it never empties a record
# whose undo offer is still on the screen for its last moment (an undo then would
# bring back an empty entry). The offer's own end purges on time.
MARGIN = timedelta(seconds=2)


def _iso(moment: datetime) -> str:
    """The way the repositories write times (vault.utc_now), so they compare as text."""
    return moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


class PurgeService:
    def __init__(
        self,
        db: Database,
        window: timedelta = timedelta(seconds=UNDO_SECONDS),
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self._db = db
        self._window = window
        self._now = now

    def prepare(self) -> None:
        """On unlock: the full-text indexes forget deleted text physically."""
        purge.use_secure_fts(self._db)

    def expired(self) -> int:
        """Purge what was deleted longer ago than the undo window. Returns how many."""
        return purge.purge(self._db, _iso(self._now() - self._window - MARGIN)).count

    def offer_ended(self) -> int:
        """An undo offer just ended: purge its delete (and any older ones)."""
        return purge.purge(self._db, _iso(self._now() - self._window + SLACK)).count

    def everything(self) -> int:
        """Purge every tombstone (lock, unlock: no undo is on offer then)."""
        return purge.purge(self._db).count
