"""Remember-me: the data key kept in the OS keyring.

A convenience, never the only way in. Every keyring call runs on a helper
thread and is abandoned after `timeout` seconds, because a Secret Service that
is present but stuck can block forever. Any failure means "not available", and
the caller falls back to the passphrase.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, TypeVar

log = logging.getLogger(__name__)

SERVICE = "Companion vault key"
T = TypeVar("T")


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

    def get(self, vault_id: str) -> bytes | None:
        def read() -> str | None:
            value = self._get_backend().get_password(SERVICE, vault_id)
            return value if isinstance(value, str) else None

        value = self._call(read)
        if value is None:
            return None
        try:
            key = bytes.fromhex(value)
        except ValueError:
            return None
        return key if len(key) == 32 else None

    def set(self, vault_id: str, key: bytes) -> None:
        self._call(lambda: self._get_backend().set_password(SERVICE, vault_id, key.hex()))

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
