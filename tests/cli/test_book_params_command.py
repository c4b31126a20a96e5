"""``mnist-trainer export-book-params``: a run or model file to the book's pickle."""

from __future__ import annotations

import pickle

import numpy as np
import pytest

from core.model_file import save_model_file
from gui.cli import main
from tests.core.my_digits_nets import CONFIG, hand_net, save_run


def test_a_run_folder_is_written_as_the_books_params(tmp_path, capsys):
    run = save_run(tmp_path / "runs", "20250101-100000", hand_net())
    out = tmp_path / "params.pkl"
    assert main(["export-book-params", str(run), str(out)]) == 0
    assert "W1, b1, W2, b2 (float64)" in capsys.readouterr().out
    with open(out, "rb") as f:  # only the test loads the pickle
        params = pickle.load(f)
    for key, value in hand_net().params.items():
        np.testing.assert_array_equal(params[key], value.astype(np.float64))


def test_a_model_file_works_too_and_a_bad_one_is_a_one_line_error(tmp_path, capsys):
    model = tmp_path / "m.npz"
    save_model_file(model, hand_net(), CONFIG)
    assert main(["export-book-params", str(model), str(tmp_path / "a.pkl")]) == 0
    (tmp_path / "bad.npz").write_bytes(b"nope")
    with pytest.raises(SystemExit) as exit_info:
        main(["export-book-params", str(tmp_path / "bad.npz"), str(tmp_path / "b.pkl")])
    assert exit_info.value.code == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1
    assert "bad.npz" in error
    assert not (tmp_path / "b.pkl").exists()
