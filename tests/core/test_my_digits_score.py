"""Scoring networks on the learner's digits: the live one and saved runs."""

from __future__ import annotations

import math

import numpy as np

from core.my_digits_score import NO_MODEL, RunScorer, score, score_params
from tests.core.my_digits_nets import CONFIG, hand_net, lit, save_run


def _set():
    x = np.stack([lit(0), lit(1), lit(), lit(0)])
    t = np.array([3, 5, 7, 4])
    return x, t


def test_score_matches_the_hand_computed_readings():
    x, t = _set()
    result = score(hand_net(), x, t)
    assert result.predicted.tolist() == [3, 5, 0, 3]
    assert result.correct.tolist() == [True, True, False, False]
    assert result.accuracy == 0.5
    assert result.n == 4


def test_uint8_images_read_as_the_floats_they_stand_for():
    x, t = _set()
    assert score(hand_net(), (x * 255).astype(np.uint8), t).predicted.tolist() == [3, 5, 0, 3]


def test_score_params_builds_the_network_of_the_config():
    x, t = _set()
    result = score_params(hand_net(5, 3).params, CONFIG, x, t)
    assert result.predicted.tolist() == [5, 3, 0, 5]
    assert result.accuracy == 0.0


def test_no_drawings_give_no_accuracy():
    empty = score(hand_net(), np.zeros((0, 784), np.float32), np.zeros(0, int))
    assert empty.n == 0
    assert math.isnan(empty.accuracy)


def test_runs_are_scored_and_loaded_once_while_their_file_is_unchanged(tmp_path, monkeypatch):
    root = tmp_path / "runs"
    save_run(root, "20250101-100000", hand_net(3, 5))
    save_run(root, "20250102-100000", hand_net(5, 3))
    broken = root / "20250103-100000"
    save_run(root, broken.name, hand_net())
    (broken / "model.npz").write_bytes(b"garbage")
    (root / "20250104-100000").mkdir()  # a run that never wrote a model
    x, t = _set()
    scorer = RunScorer()

    scores = {s.name: s for s in scorer.score_root(root, x, t)}

    assert scores["20250101-100000"].score.accuracy == 0.5
    assert scores["20250102-100000"].score.predicted.tolist() == [5, 3, 0, 5]
    assert scores["20250103-100000"].score is None
    assert "model.npz" in scores["20250103-100000"].problem
    assert scores["20250104-100000"].problem == NO_MODEL

    import core.my_digits_score as module

    loads = []
    real = module.load_model_file
    monkeypatch.setattr(module, "load_model_file", lambda p: loads.append(p) or real(p))
    scorer.score_root(root, x[:2], t[:2])
    assert loads == []  # unchanged files: the networks were kept
    save_run(root, "20250105-100000", hand_net())
    scorer.score_root(root, x, t)
    assert [p.parent.name for p in loads] == ["20250105-100000"]
