from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.vault import keys
from companion.vault.errors import KdfTooCostly, KeyFileDamaged, WrongPassphrase


def make_keyfile(passphrase: str = "passphrase one") -> tuple[keys.KeyFile, bytes, str]:
    data_key = os.urandom(32)
    code = keys.new_recovery_code()
    keyfile = keys.KeyFile(
        vault_id="vault-1",
        slots={
            keys.PASSPHRASE: keys.passphrase_slot(data_key, passphrase, "vault-1", keys.FAST_KDF),
            keys.RECOVERY: keys.recovery_slot(data_key, code, "vault-1"),
        },
    )
    return keyfile, data_key, code


def test_round_trip_through_json() -> None:
    keyfile, data_key, code = make_keyfile()
    again = keys.KeyFile.from_bytes(keyfile.to_bytes())
    assert again == keyfile
    [(found, pending)] = keys.open_passphrase_slots(again, "passphrase one")
    assert bytes(found) == data_key and not pending
    [(found, _)] = keys.open_recovery_slots(again, code)
    assert bytes(found) == data_key


def test_slot_is_bound_to_its_vault_and_type() -> None:
    keyfile, _, code = make_keyfile()
    moved = keys.KeyFile("vault-2", keyfile.slots)
    with pytest.raises(WrongPassphrase):
        keys.open_passphrase_slots(moved, "passphrase one")
    # A passphrase slot presented as the recovery slot does not open either.
    swapped = keys.KeyFile(
        "vault-1",
        {
            keys.PASSPHRASE: keyfile.slots[keys.PASSPHRASE],
            keys.RECOVERY: keyfile.slots[keys.PASSPHRASE],
        },
    )
    with pytest.raises(WrongPassphrase):
        keys.open_recovery_slots(swapped, code)


def test_key_file_holds_no_secret_in_clear() -> None:
    keyfile, data_key, code = make_keyfile("my secret words")
    raw = keyfile.to_bytes()
    for secret in (data_key, data_key.hex().encode(), code.encode(), b"my secret words"):
        assert secret not in raw


def test_recovery_code_shape_and_normalisation() -> None:
    code = keys.new_recovery_code()
    groups = code.split("-")
    assert len(groups) == 6 and all(len(g) == 4 for g in groups)
    assert set(code.replace("-", "")) <= set(keys.RECOVERY_ALPHABET)
    assert keys.normalize_recovery_code(" abcd-ilo0 ") == "ABCD1100"


def test_kdf_params_out_of_range_are_damage() -> None:
    keyfile, _, _ = make_keyfile()
    tampered = keyfile.to_bytes().replace(b'"t": 1', b'"t": 100000')
    with pytest.raises(KeyFileDamaged):
        keys.KeyFile.from_bytes(tampered)


def test_tuned_kdf_is_sane() -> None:
    params = keys.tune_kdf(target_seconds=0.05, memory_kib=8192)
    assert params.time_cost >= 1 and params.memory_kib >= 8192


def test_tuning_never_goes_below_the_owasp_minimum() -> None:
    # A target no machine meets: the slowest case, where tuning gives way most.
    params = keys.tune_kdf(target_seconds=0.0001)
    assert params.memory_kib >= 19456 and params.time_cost >= 2


def test_tuning_on_a_fast_machine_stays_within_what_a_key_file_may_ask() -> None:
    params = keys.tune_kdf(target_seconds=1000.0)  # only the probes run
    assert keys.KdfParams.from_json(params.to_json()) == params


def _with_kdf(raw: bytes, t: int, m: int, p: int) -> bytes:
    """Edit the passphrase slot's cost and recompute the checksum, as an attacker can."""
    body = json.loads(raw)
    body.pop("checksum")
    for slot in body["slots"]:
        if slot["type"] == keys.PASSPHRASE:
            slot["kdf"].update(t=t, m=m, p=p)
    body["checksum"] = keys._checksum(body)
    return json.dumps(body).encode()


@pytest.mark.parametrize(
    ("t", "m", "p"),
    [(40, 256, 1), (2, 2 * 1024 * 1024, 1), (100, 4 * 1024 * 1024, 16), (3, 65536, 64)],
    ids=["too-many-passes", "too-much-memory", "both", "too-many-lanes"],
)
def test_a_key_file_asking_for_an_absurd_kdf_cost_is_refused_before_any_work(
    tmp_path: Path, t: int, m: int, p: int
) -> None:
    from companion.vault import vault
    from tests.support import TEST_PASSPHRASE, make_vault

    folder = tmp_path / "vault"
    make_vault(folder)[0].close()
    path = folder / "keys.json"
    path.write_bytes(_with_kdf(path.read_bytes(), t, m, p))
    with pytest.raises(KdfTooCostly) as caught:
        vault.unlock(folder, TEST_PASSPHRASE)
    assert "keys.json" in caught.value.user_message


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000))
def test_any_bytes_are_either_a_key_file_or_key_file_damage(raw: bytes) -> None:
    try:
        keys.KeyFile.from_bytes(raw)
    except KeyFileDamaged:
        pass


def test_the_app_never_uses_the_test_kdf() -> None:
    src = Path(keys.__file__).resolve().parents[1]
    users = sorted(
        str(p.relative_to(src))
        for p in src.rglob("*.py")
        if "FAST_KDF" in p.read_text("utf-8") and p != Path(keys.__file__).resolve()
    )
    assert users == []
