"""The key file (keys.json): key slots that each wrap the vault's data key.

The data key is 32 random bytes used as the raw SQLCipher key. Each slot wraps
it with ChaCha20-Poly1305 under a key-encryption key (KEK) derived from a
secret the user holds:

- "passphrase": Argon2id, with its parameters stored in the slot and tuned on
  the machine that created it;
- "recovery": HKDF-SHA256 over a random recovery code (high entropy, so a slow
  KDF adds nothing);
- "remember" (optional, remember-me): HKDF-SHA256 over 32 random bytes kept in the
  OS keyring. The keyring never holds the data key itself, and removing this slot
  (on a passphrase change, a re-encryption or "forget me") makes the secret in the
  keyring open nothing. It is kept under its own "remember" key, beside "slots",
  so an older Companion, which rejects unknown slot types, still reads the file.

The vault id and slot type are the associated data, so a slot cannot be moved
to another vault or posing as another type. A failed unwrap therefore means
"wrong secret". A checksum over the file tells accidental damage apart from a
wrong passphrase.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from companion.vault.errors import (
    KdfTooCostly,
    KeyFileDamaged,
    NotRemembered,
    RecoveryCodeReplaced,
    VaultTooNew,
    WrongPassphrase,
    WrongRecoveryCode,
)
from companion.vault.files import write_atomic

KEY_FILE_FORMAT = 1
DATA_KEY_BYTES = 32
PASSPHRASE = "passphrase"
RECOVERY = "recovery"
REMEMBER = "remember"
SLOT_TYPES = (PASSPHRASE, RECOVERY)
REMEMBER_SECRET_BYTES = 32

# Crockford's base32: no I, L, O or U, so codes read aloud and typed back well.
RECOVERY_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
RECOVERY_GROUPS = 6
RECOVERY_GROUP_LEN = 4  # 24 symbols = 120 bits

KeyBytes = bytes | bytearray

# Argon2id cost. The floor is OWASP's minimum (19 MiB, 2 passes); tune_kdf never
# goes below it. The ceiling is what a key file may ask for: tune_kdf gives at most
# 16 passes over 64 MiB, so 32 passes, 1 GiB and 4 GiB x passes in all leave room
# for a slower machine's (or a later version's) choice, while a tampered keys.json
# cannot make an unlock run for minutes or exhaust memory. Lower values are still
# read (test vaults and the fixture use FAST_KDF), only never chosen by the app.
MIN_MEMORY_KIB = 19456
MIN_PASSES = 2
MAX_TUNED_PASSES = 16
MAX_PASSES = 32
MAX_MEMORY_KIB = 1024 * 1024
MAX_WORK_KIB = 4 * 1024 * 1024  # passes x memory
MAX_PARALLELISM = 16


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost. memory_kib is in KiB."""

    time_cost: int = 3
    memory_kib: int = 65536
    parallelism: int = 2

    def to_json(self) -> dict[str, int]:
        return {"t": self.time_cost, "m": self.memory_kib, "p": self.parallelism}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> KdfParams:
        params = cls(int(data["t"]), int(data["m"]), int(data["p"]))
        if params.time_cost < 1 or params.parallelism < 1 or params.memory_kib < 8:
            raise ValueError("KDF parameters out of range")
        if (
            params.time_cost > MAX_PASSES
            or params.memory_kib > MAX_MEMORY_KIB
            or params.time_cost * params.memory_kib > MAX_WORK_KIB
            or params.parallelism > MAX_PARALLELISM
        ):
            raise KdfTooCostly(f"KDF t={params.time_cost} m={params.memory_kib}")
        return params


# Cheap parameters for tests and fixtures only; never used by the app itself.
FAST_KDF = KdfParams(time_cost=1, memory_kib=256, parallelism=1)


def derive_passphrase_kek(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    return hash_secret_raw(
        secret=passphrase.encode("utf-8"),
        salt=salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=32,
        type=Type.ID,
    )


def tune_kdf(target_seconds: float = 0.5, memory_kib: int = 65536) -> KdfParams:
    """Pick Argon2id parameters that take about `target_seconds` here.

    Memory stays at 64 MiB and the number of passes scales. The cost is fitted
    as fixed + per-pass from two probes, because allocating the memory is a
    large share of one pass. On a machine where even one pass overshoots,
    memory is halved instead, but never below OWASP's minimum (MIN_MEMORY_KIB,
    MIN_PASSES): there a slower unlock is the price of a safe key file.
    """
    parallelism = max(1, min(2, os.cpu_count() or 1))
    salt = secrets.token_bytes(16)
    memory_kib = max(MIN_MEMORY_KIB, min(MAX_MEMORY_KIB, memory_kib))

    def timed(passes: int, memory: int) -> float:
        start = time.perf_counter()
        derive_passphrase_kek("calibration", salt, KdfParams(passes, memory, parallelism))
        return time.perf_counter() - start

    while True:
        one = min(timed(1, memory_kib), timed(1, memory_kib))
        if one <= target_seconds or memory_kib <= MIN_MEMORY_KIB:
            break
        memory_kib = max(MIN_MEMORY_KIB, memory_kib // 2)
    three = timed(3, memory_kib)
    per_pass = max((three - one) / 2, 1e-4)
    fixed = max(one - per_pass, 0.0)
    passes = round((target_seconds - fixed) / per_pass)
    return KdfParams(max(MIN_PASSES, min(MAX_TUNED_PASSES, passes)), memory_kib, parallelism)


def normalize_recovery_code(code: str) -> str:
    """Uppercase, drop spaces and dashes, and read look-alikes as Crockford does."""
    cleaned = "".join(ch for ch in code.upper() if ch not in " -\t\n")
    return cleaned.translate(str.maketrans("ILO", "110"))


def new_recovery_code() -> str:
    symbols = "".join(
        secrets.choice(RECOVERY_ALPHABET) for _ in range(RECOVERY_GROUPS * RECOVERY_GROUP_LEN)
    )
    groups = [
        symbols[i : i + RECOVERY_GROUP_LEN] for i in range(0, len(symbols), RECOVERY_GROUP_LEN)
    ]
    return "-".join(groups)


def derive_recovery_kek(code: str, salt: bytes) -> bytes:
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=b"companion recovery kek")
    return hkdf.derive(normalize_recovery_code(code).encode("ascii"))


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise ValueError("expected base64 text")
    return base64.b64decode(text, validate=True)


def _aad(vault_id: str, slot_type: str) -> bytes:
    return f"companion-vault/{vault_id}/{slot_type}".encode()


@dataclass(frozen=True)
class Slot:
    """One wrapped copy of the data key."""

    type: str
    salt: bytes
    nonce: bytes
    wrapped: bytes
    kdf: KdfParams | None = None  # Argon2id parameters; None for the recovery slot

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "type": self.type,
            "salt": _b64(self.salt),
            "nonce": _b64(self.nonce),
            "wrapped": _b64(self.wrapped),
        }
        if self.kdf is not None:
            out["kdf"] = {"name": "argon2id", **self.kdf.to_json()}
        else:
            out["kdf"] = {"name": "hkdf-sha256"}
        return out

    @classmethod
    def from_json(cls, data: Any, types: tuple[str, ...] = SLOT_TYPES) -> Slot:
        if not isinstance(data, dict) or data.get("type") not in types:
            raise ValueError("unknown slot")
        kdf_data = data.get("kdf")
        if not isinstance(kdf_data, dict):
            raise ValueError("slot without kdf")
        kdf = KdfParams.from_json(kdf_data) if data["type"] == PASSPHRASE else None
        slot = cls(
            type=data["type"],
            salt=_unb64(data["salt"]),
            nonce=_unb64(data["nonce"]),
            wrapped=_unb64(data["wrapped"]),
            kdf=kdf,
        )
        if len(slot.nonce) != 12 or len(slot.wrapped) != DATA_KEY_BYTES + 16:
            raise ValueError("slot has the wrong size")
        return slot


def wrap(data_key: KeyBytes, kek: bytes, vault_id: str, slot_type: str) -> tuple[bytes, bytes]:
    nonce = secrets.token_bytes(12)
    return nonce, ChaCha20Poly1305(kek).encrypt(nonce, bytes(data_key), _aad(vault_id, slot_type))


def unwrap(slot: Slot, kek: bytes, vault_id: str) -> bytearray | None:
    try:
        key = ChaCha20Poly1305(kek).decrypt(slot.nonce, slot.wrapped, _aad(vault_id, slot.type))
    except InvalidTag:
        return None
    return bytearray(key)


def passphrase_slot(data_key: KeyBytes, passphrase: str, vault_id: str, params: KdfParams) -> Slot:
    salt = secrets.token_bytes(16)
    kek = derive_passphrase_kek(passphrase, salt, params)
    nonce, wrapped = wrap(data_key, kek, vault_id, PASSPHRASE)
    return Slot(PASSPHRASE, salt, nonce, wrapped, params)


def recovery_slot(data_key: KeyBytes, code: str, vault_id: str) -> Slot:
    salt = secrets.token_bytes(16)
    nonce, wrapped = wrap(data_key, derive_recovery_kek(code, salt), vault_id, RECOVERY)
    return Slot(RECOVERY, salt, nonce, wrapped)


def derive_remember_kek(secret: bytes, salt: bytes) -> bytes:
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=b"companion remember kek")
    return hkdf.derive(secret)


def remember_slot(data_key: KeyBytes, secret: bytes, vault_id: str) -> Slot:
    salt = secrets.token_bytes(16)
    nonce, wrapped = wrap(data_key, derive_remember_kek(secret, salt), vault_id, REMEMBER)
    return Slot(REMEMBER, salt, nonce, wrapped)


@dataclass(frozen=True)
class KeyFile:
    """The parsed keys.json.

    `pending` holds slots for a new data key while a re-encryption is under way,
    so that a crash between `PRAGMA rekey` and the final write still opens.
    """

    vault_id: str
    slots: dict[str, Slot]
    pending: dict[str, Slot] = field(default_factory=dict)
    format: int = KEY_FILE_FORMAT
    remember: Slot | None = None

    def with_slot(self, slot: Slot) -> KeyFile:
        return replace(self, slots={**self.slots, slot.type: slot})

    def to_bytes(self) -> bytes:
        body: dict[str, Any] = {
            "format": self.format,
            "vault_id": self.vault_id,
            "slots": [s.to_json() for s in self.slots.values()],
        }
        if self.pending:
            body["pending"] = [s.to_json() for s in self.pending.values()]
        if self.remember is not None:
            body["remember"] = self.remember.to_json()
        body["checksum"] = _checksum(body)
        return (json.dumps(body, indent=2, sort_keys=True) + "\n").encode("utf-8")

    @classmethod
    def from_bytes(cls, raw: bytes) -> KeyFile:
        try:
            body = json.loads(raw.decode("utf-8"))
            if not isinstance(body, dict):
                raise ValueError("not an object")
            fmt = body.get("format")
            if isinstance(fmt, int) and fmt > KEY_FILE_FORMAT:
                raise VaultTooNew(f"key file format {fmt}")
            if fmt != KEY_FILE_FORMAT:
                raise ValueError("unknown format")
            checksum = body.pop("checksum", None)
            if checksum != _checksum(body):
                raise ValueError("checksum mismatch")
            vault_id = body["vault_id"]
            if not isinstance(vault_id, str) or not vault_id:
                raise ValueError("bad vault id")
            slots = {s.type: s for s in map(Slot.from_json, body["slots"])}
            pending = {s.type: s for s in map(Slot.from_json, body.get("pending", []))}
            if PASSPHRASE not in slots:
                raise ValueError("no passphrase slot")
            remember = Slot.from_json(body["remember"], (REMEMBER,)) if "remember" in body else None
        except (VaultTooNew, KdfTooCostly):
            raise
        except (ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
            raise KeyFileDamaged(f"keys.json unreadable: {type(exc).__name__}") from exc
        return cls(vault_id=vault_id, slots=slots, pending=pending, remember=remember)

    def save(self, path: Path) -> None:
        write_atomic(path, self.to_bytes())

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        try:
            raw = path.read_bytes()
        except FileNotFoundError as exc:
            raise KeyFileDamaged("keys.json missing") from exc
        return cls.from_bytes(raw)


def _checksum(body: dict[str, Any]) -> str:
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":")).encode("utf-8")
    return hashlib.sha256(canonical).hexdigest()


Candidate = tuple[bytearray, bool]  # (data key, came from a pending slot)


def _open_slots(
    keyfile: KeyFile, slot_type: str, derive: Callable[[Slot], bytes]
) -> list[Candidate]:
    """Every data key the secret unwraps: the current slot first, then a pending one."""
    found: list[Candidate] = []
    for slots, pending in ((keyfile.slots, False), (keyfile.pending, True)):
        slot = slots.get(slot_type)
        if slot is None:
            continue
        key = unwrap(slot, derive(slot), keyfile.vault_id)
        if key is not None:
            found.append((key, pending))
    return found


def open_passphrase_slots(keyfile: KeyFile, passphrase: str) -> list[Candidate]:
    def derive(slot: Slot) -> bytes:
        assert slot.kdf is not None
        return derive_passphrase_kek(passphrase, slot.salt, slot.kdf)

    found = _open_slots(keyfile, PASSPHRASE, derive)
    if not found:
        raise WrongPassphrase()
    return found


def open_recovery_slots(keyfile: KeyFile, code: str) -> list[Candidate]:
    if RECOVERY not in keyfile.slots and RECOVERY not in keyfile.pending:
        # Every vault is made with one; only an interrupted re-encryption drops it.
        raise RecoveryCodeReplaced("no recovery slot")
    found = _open_slots(keyfile, RECOVERY, lambda slot: derive_recovery_kek(code, slot.salt))
    if not found:
        raise WrongRecoveryCode()
    return found


def open_remember_slot(keyfile: KeyFile, secret: bytes) -> list[Candidate]:
    slot = keyfile.remember
    if slot is None:
        raise NotRemembered("no remember slot")
    key = unwrap(slot, derive_remember_kek(secret, slot.salt), keyfile.vault_id)
    if key is None:
        raise NotRemembered("remember secret does not unwrap")
    return [(key, False)]
