"""Remember-me: a secret kept in the OS keyring that opens the vault's remember slot.

The keyring never holds the data key: it holds 32 random bytes that unwrap the
"remember" slot in keys.json (vault/keys.py). Values are written as
`remember-v2:<hex>`; a bare 64-digit hex value is an older version's raw data key,
which `read` reports as `legacy` so the caller can drop it.

A convenience, never the only way in. Every keyring call runs on a helper
thread and is abandoned after `timeout` seconds, because a Secret Service that
is present but stuck can block forever. Any failure means "not available", and
the caller falls back to the passphrase.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

log = logging.getLogger(__name__)

SERVICE = "Companion vault key"
PREFIX = "remember-v2:"
T = TypeVar("T")


@dataclass(frozen=True)
class Stored:
    secret: bytes
    legacy: bool  # an older version's raw data key, not a remember secret


class KeyringUnavailable(Exception):
    """The keyring cannot be used now; `reason` says why, in plain words."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason
        self.user_message = reason


def _system_backend() -> Any:
    import keyring  # imported lazily: it probes D-Bus and entry points on import

    return keyring.get_keyring()


class KeyringStore:
    def __init__(
        self, backend_factory: Callable[[], Any] = _system_backend, timeout: float = 3.0
    ) -> None:
        self._backend_factory = backend_factory
        self._backend: Any = None
        self.timeout = timeout

    def _call(self, fn: Callable[[], T]) -> T:
        result: list[T] = []
        error: list[BaseException] = []

        def run() -> None:
            try:
                result.append(fn())
            except BaseException as exc:
                error.append(exc)

        worker = threading.Thread(target=run, name="keyring", daemon=True)
        worker.start()
        worker.join(self.timeout)
        if worker.is_alive():
            raise KeyringUnavailable("The system keyring did not answer in time.")
        if error:
            if isinstance(error[0], KeyringUnavailable):
                raise error[0]
            log.info("keyring call failed: %s", type(error[0]).__name__)
            raise KeyringUnavailable("The system keyring reported an error.")
        return result[0]

    def _get_backend(self) -> Any:
        if self._backend is None:
            backend = self._backend_factory()
            if _is_unusable(backend):
                raise KeyringUnavailable("No system keyring is available on this computer.")
            self._backend = backend
        return self._backend

    def check(self) -> None:
        """Raise KeyringUnavailable unless a usable backend answers."""
        self._call(self._get_backend)

    def read(self, vault_id: str) -> Stored | None:
        def fetch() -> str | None:
            value = self._get_backend().get_password(SERVICE, vault_id)
            return value if isinstance(value, str) else None

        value = self._call(fetch)
        if value is None:
            return None
        legacy = not value.startswith(PREFIX)
        try:
            secret = bytes.fromhex(value if legacy else value[len(PREFIX) :])
        except ValueError:
            return None
        return Stored(secret, legacy) if len(secret) == 32 else None

    def get(self, vault_id: str) -> bytes | None:
        """The remember secret, or None (also for an older version's raw key)."""
        stored = self.read(vault_id)
        return stored.secret if stored is not None and not stored.legacy else None

    def set(self, vault_id: str, secret: bytes) -> None:
        value = PREFIX + secret.hex()
        self._call(lambda: self._get_backend().set_password(SERVICE, vault_id, value))

    def delete(self, vault_id: str) -> None:
        def remove() -> None:
            try:
                self._get_backend().delete_password(SERVICE, vault_id)
            except Exception as exc:  # not stored is fine
                if type(exc).__name__ != "PasswordDeleteError":
                    raise

        self._call(remove)


def _is_unusable(backend: Any) -> bool:
    module = type(backend).__module__
    name = type(backend).__name__
    if module.startswith("keyring.backends.fail") or module.startswith("keyring.backends.null"):
        return True
    if name == "ChainerBackend" and not getattr(backend, "backends", None):
        return True
    priority = getattr(backend, "priority", 1)
    return isinstance(priority, int | float) and priority <= 0
