"""The wave benchmark's ceiling: what decoding a wave together could save at most, from bare step times."""

from __future__ import annotations

import pytest

from consilium.orchestration.benchmarks.wave import wave_ceiling

# three calls of 10 s: 4 s prefill, then 50 tokens whose model steps take 0.1 s each and 1 s of sampling
ALONE = [{"seconds": 10.0, "prefill_s": 4.0, "decode_s": 6.0, "completion_tokens": 50}] * 3


def test_a_three_wide_step_at_one_and_a_half_times_one_saves_each_token_half_its_step() -> None:
    # each token saves 0.1 - 0.15 / 3 = 0.05 s: at best 12 s of prefill and 18 - 150 x 0.05 s of decoding
    assert wave_ceiling(ALONE, 0.1, 0.15, 3) == pytest.approx(30 / 22.5)


def test_a_three_wide_step_costing_three_single_steps_leaves_nothing_to_gain() -> None:
    assert wave_ceiling(ALONE, 0.1, 0.3, 3) == pytest.approx(1.0)


def test_sampling_is_not_shared_so_even_a_free_wide_step_leaves_prefill_and_sampling() -> None:
    assert wave_ceiling(ALONE, 0.1, 0.0, 3) == pytest.approx(30 / (12 + 3))
