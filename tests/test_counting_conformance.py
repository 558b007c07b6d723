"""twitter-text's own conformance suite (validate.yml): every weighted-length and tweet-validity case.

The weighted cases come in three groups: the v2 configuration (no emoji parsing), the current v3 one, and
directional markers (v3). The validity cases date from 140-character tweets; twitter-text's own runner checks
them with its version-1 configuration, and so do we. Each case is its own test id; the cases are read
through the shared_reference fixture when the tests run, and listed at collection time from the same place
so the ids are stable.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
import yaml

from desktop.core.counting import X_CONFIG_V1, X_CONFIG_V2, X_CONFIG_V3, WeightConfig, measure, parse_tweet
from tests.conftest import SHARED_DIR

VALIDATE_YML = Path("twitter-text") / "validate.yml"
WEIGHTED_GROUPS: dict[str, WeightConfig] = {
    "WeightedTweetsCounterTest": X_CONFIG_V2,
    "WeightedTweetsWithDiscountedEmojiCounterTest": X_CONFIG_V3,
    "UnicodeDirectionalMarkerCounterTest": X_CONFIG_V3,
}
VALIDITY_GROUP = "tweets"


@cache
def _load(path: Path) -> dict[str, list[dict]]:
    with path.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)["tests"]


def _case_ids(groups: list[str]) -> list[tuple[str, int]] | list[None]:
    """(group, index) for each case, or one placeholder that the fixture will skip when the file is absent."""
    path = SHARED_DIR / "reference" / VALIDATE_YML
    if not path.is_file():
        return [None]
    tests = _load(path)
    return [(group, index) for group in groups for index in range(len(tests[group]))]


def _id(case: tuple[str, int] | None) -> str:
    return "missing-reference" if case is None else f"{case[0]}-{case[1]:02d}"


def _case(shared_reference: Path, case: tuple[str, int] | None) -> dict:
    path = shared_reference / VALIDATE_YML
    if case is None or not path.is_file():
        pytest.skip(f"{path} not found")
    group, index = case
    return _load(path)[group][index]


@pytest.mark.parametrize("case", _case_ids(list(WEIGHTED_GROUPS)), ids=_id)
def test_weighted_length(shared_reference: Path, case: tuple[str, int] | None) -> None:
    data = _case(shared_reference, case)
    assert case is not None
    config = WEIGHTED_GROUPS[case[0]]
    expected = data["expected"]
    result = parse_tweet(data["text"], config)
    assert {
        "weightedLength": result.weighted_length,
        "valid": result.valid,
        "permillage": result.permillage,
        "displayRangeStart": 0,
        "displayRangeEnd": result.display_range_end,
        "validRangeStart": 0,
        "validRangeEnd": result.valid_range_end,
    } == expected, data["description"]
    if config is X_CONFIG_V3:
        counted = measure(data["text"], "x")
        assert (counted.length, counted.valid) == (expected["weightedLength"], expected["valid"])


@pytest.mark.parametrize("case", _case_ids([VALIDITY_GROUP]), ids=_id)
def test_tweet_validity(shared_reference: Path, case: tuple[str, int] | None) -> None:
    data = _case(shared_reference, case)
    assert parse_tweet(data["text"], X_CONFIG_V1).valid is data["expected"], data["description"]


def test_suite_has_every_weighted_case(shared_reference: Path) -> None:
    """Guards the parametrisation: the issue promises 44 weighted cases and 8 validity ones."""
    path = shared_reference / VALIDATE_YML
    if not path.is_file():
        pytest.skip(f"{path} not found")
    tests = _load(path)
    assert sum(len(tests[group]) for group in WEIGHTED_GROUPS) == 44
    assert len(tests[VALIDITY_GROUP]) == 8
