"""An age key pair for backups, derived from the vault's recovery code.

Only the public half (the recipient) is kept, in the vault, so daily backups can
be encrypted without asking for anything. Reading one back takes the recovery
code, from which the secret half is derived again. Age writes keys in Bech32
(BIP 173), encoded here so no extra package is needed.
"""

from __future__ import annotations

import pyrage
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from companion.vault.keys import normalize_recovery_code

_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_GENERATOR = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
_SALT = b"companion backup identity v1"


def _polymod(values: list[int]) -> int:
    check = 1
    for value in values:
        top = check >> 25
        check = (check & 0x1FFFFFF) << 5 ^ value
        for i, gen in enumerate(_GENERATOR):
            if (top >> i) & 1:
                check ^= gen
    return check


def _to_5bit(data: bytes) -> list[int]:
    acc = bits = 0
    out = []
    for byte in data:
        acc = (acc << 8) | byte
        bits += 8
        while bits >= 5:
            bits -= 5
            out.append((acc >> bits) & 31)
    if bits:
        out.append((acc << (5 - bits)) & 31)
    return out


def bech32(hrp: str, data: bytes) -> str:
    values = _to_5bit(data)
    expanded = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    checksum = _polymod(expanded + values + [0] * 6) ^ 1
    values += [(checksum >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_CHARSET[v] for v in values)


def identity_from_code(code: str) -> pyrage.x25519.Identity:
    secret = HKDF(algorithm=hashes.SHA256(), length=32, salt=_SALT, info=b"age x25519").derive(
        normalize_recovery_code(code).encode("ascii")
    )
    return pyrage.x25519.Identity.from_str(bech32("age-secret-key-", secret).upper())


def recipient_from_code(code: str) -> str:
    return str(identity_from_code(code).to_public())
