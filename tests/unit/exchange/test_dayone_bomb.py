"""A zip whose headers lie about its sizes is refused before it is inflated in memory."""

from __future__ import annotations

import struct
import tracemalloc
import zipfile
from pathlib import Path

import pytest

from companion.exchange import companion_import as ci
from companion.exchange import dayone_format

MIB = 1024 * 1024
JOURNAL = (
    b'{"entries": [{"uuid": "AB", "creationDate": "2025-06-07T18:30:00Z", "text": "x",'
    b' "photos": [{"md5": "0123abcd"}]}]}'
)


def _lying_zip(path: Path, name: str, inflated_mib: int, claimed: int) -> Path:
    """A member that inflates to `inflated_mib` MiB while both headers claim `claimed` bytes."""
    chunk = b"{" + b" " * (MIB - 1)
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive,
        archive.open(name, "w") as member,
    ):
        for _ in range(inflated_mib):
            member.write(chunk)
    data = bytearray(path.read_bytes())
    local = data.find(b"PK\x03\x04")
    central = data.find(b"PK\x01\x02")
    struct.pack_into("<I", data, local + 22, claimed)  # local header: uncompressed size
    struct.pack_into("<I", data, central + 24, claimed)  # central directory: the same
    path.write_bytes(bytes(data))
    return path


@pytest.mark.parametrize("name", ["Journal.json", "photos/0123abcd.png"])
def test_a_zip_bomb_with_faked_sizes_is_refused_without_inflating_it(
    tmp_path: Path, name: str
) -> None:
    path = _lying_zip(tmp_path / "bomb.zip", name, inflated_mib=300, claimed=200_000)
    if name != "Journal.json":
        with zipfile.ZipFile(path, "a") as archive:
            archive.writestr("Journal.json", JOURNAL)
    assert zipfile.ZipFile(path).getinfo(name).file_size == 200_000
    tracemalloc.start()
    try:
        with pytest.raises(dayone_format.NotDayOne):
            dayone_format.read_zip(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 32 * MIB, f"{peak / MIB:.0f} MiB held while reading the zip"


def test_the_refusal_is_a_sentence(tmp_path: Path) -> None:
    path = _lying_zip(tmp_path / "bomb.zip", "Journal.json", inflated_mib=20, claimed=50_000)
    with pytest.raises(ci.ImportRejected, match="cannot be imported"):
        ci.read_path(None, path)  # type: ignore[arg-type]
