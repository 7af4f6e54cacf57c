"""The crisis-line data: every country loads and validates; a bad override falls back."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from companion.services import crisis


def test_bundled_data_covers_at_least_ten_countries_each_complete() -> None:
    data = crisis.bundled()
    assert len(data.countries) >= 10
    for code in ("US", "GB", "IE", "CA", "AU", "DE", "FR", "ES"):
        assert code in data.countries
    for country in data.countries.values():
        assert country.emergency
        assert country.source
        assert country.lines
        for line in country.lines:
            assert line.name and (line.phone or line.text)
    assert "verify" in data.note.lower() or "check" in data.note.lower()
    assert data.countries["US"].lines[0].phone == "988"
    assert data.countries["GB"].lines[0].phone == "116 123"
    assert data.countries["DE"].lines[0].phone == "0800 111 0 111"
    assert data.countries["FR"].lines[0].phone == "3114"
    assert data.countries["ES"].lines[0].phone == "024"
    assert data.countries["AU"].lines[0].phone == "13 11 14"


@pytest.mark.parametrize(
    "content",
    [
        b"{not json",
        b"[]",
        json.dumps({"format": 1, "countries": [{"code": "XX"}]}).encode(),
        json.dumps({"format": 2, "countries": []}).encode(),
        b"\xff\xfe",
    ],
)
def test_a_malformed_override_falls_back_and_logs_no_content(
    tmp_path: Path, content: bytes, caplog: pytest.LogCaptureFixture
) -> None:
    override = tmp_path / "crisis_lines.json"
    override.write_bytes(content)
    with caplog.at_level(logging.WARNING):
        data = crisis.load(override)
    assert not data.from_override
    assert data.countries == crisis.bundled().countries
    assert data.problems
    assert "crisis-line override ignored" in caplog.text
    for record in caplog.records:
        assert content.decode("utf-8", "replace") not in record.getMessage()


def test_a_valid_override_is_used(tmp_path: Path) -> None:
    override = tmp_path / "crisis_lines.json"
    override.write_text(
        json.dumps(
            {
                "format": 1,
                "note": "Check locally.",
                "countries": [
                    {
                        "code": "XK",
                        "name": "Example",
                        "emergency": "112",
                        "source": "our clinic",
                        "lines": [{"name": "Night line", "phone": "0800-HELP-NOW"}],
                    }
                ],
            }
        )
    )
    data = crisis.load(override)
    assert data.from_override
    assert data.countries["XK"].lines[0].phone == "0800-HELP-NOW"  # letters kept as written


def test_own_lines_skip_what_does_not_fit() -> None:
    lines = crisis.own_lines([{"name": "Crisis team", "phone": "01234 CALLME"}, {"name": ""}, 7])
    assert [(line.name, line.phone) for line in lines] == [("Crisis team", "01234 CALLME")]
