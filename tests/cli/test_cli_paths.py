"""``mnist-trainer train`` with awkward paths: too long, with control characters, bad data."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest

from core.data import FILES, IMAGE_MAGIC, LABEL_MAGIC
from gui import cli
from gui.cli import main

LONG = "n" * 300  # over the 255 bytes a file name may have


def run_cli(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "gui.app", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )


def assert_one_line_usage_error(result: subprocess.CompletedProcess, *fragments: str) -> None:
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1, result.stderr
    for fragment in fragments:
        assert fragment in result.stderr


def main_error(capsys, *argv: str) -> str:
    """Run ``main(argv)``, expect a usage error, and return its one line."""
    with pytest.raises(SystemExit) as info:
        main(list(argv))
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.endswith("\n")
    assert "Traceback" not in err
    return err


# -- names too long ---------------------------------------------------------------------


def test_an_out_name_too_long_is_one_line(tmp_path):
    result = run_cli("train", "--iters", "2", "--out", str(tmp_path / LONG))
    assert_one_line_usage_error(result, "cannot write to --out", "File name too long")


def test_an_out_inside_a_name_too_long_is_one_line(tmp_path):
    result = run_cli("train", "--iters", "2", "--out", str(tmp_path / LONG / "run"))
    assert_one_line_usage_error(result, "File name too long")


def test_a_data_dir_name_too_long_is_one_line(tmp_path):
    result = run_cli("train", "--iters", "2", "--data-dir", str(tmp_path / LONG))
    assert_one_line_usage_error(result, "File name too long")


# -- control characters in names --------------------------------------------------------


def test_an_out_with_a_newline_is_shown_escaped(tmp_path, capsys):
    blocker = tmp_path / "two\nlines"
    blocker.write_text("")
    err = main_error(capsys, "train", "--out", str(blocker))
    assert "two\\nlines is a file, not a folder" in err


def test_a_data_dir_with_a_newline_is_shown_escaped(tmp_path, capsys):
    err = main_error(capsys, "train", "--data-dir", str(tmp_path / "no\nsuch\x1b[2J"))
    assert "no\\nsuch\\x1b[2J: no such folder" in err


def test_the_done_line_shows_the_out_escaped(tmp_path):
    out = tmp_path / "run\nx"
    result = run_cli("train", "--iters", "2", "--out", str(out))
    assert result.returncode == 0, result.stderr
    network, *book_lines, done = result.stdout.splitlines()
    assert network.startswith("784-50-10, sigmoid")
    assert len(book_lines) == 1
    assert book_lines[0].startswith("train acc, test acc | ")
    assert done.startswith("done: 2 iterations")
    assert done.endswith("run\\nx")
    assert (out / "run.json").is_file()


def test_the_divergence_message_shows_the_out_escaped(tmp_path):
    out = tmp_path / "div\rerged"
    result = run_cli("train", "--lr", "50", "--iters", "500", "--out", str(out))
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert "\r" not in result.stderr
    assert result.stderr.rstrip().endswith("div\\rerged")


# -- data folders that cannot be used ---------------------------------------------------


def write_empty_set(folder: Path) -> None:
    for key, name in FILES.items():
        header = (
            IMAGE_MAGIC.to_bytes(4, "big") + b"".join(d.to_bytes(4, "big") for d in (0, 28, 28))
            if key.endswith("img")
            else LABEL_MAGIC.to_bytes(4, "big") + (0).to_bytes(4, "big")
        )
        (folder / name).write_bytes(header)


def test_a_data_set_with_no_items_is_one_line(tmp_path):
    write_empty_set(tmp_path)
    out = tmp_path / "run"
    result = run_cli("train", "--iters", "2", "--data-dir", str(tmp_path), "--out", str(out))
    assert_one_line_usage_error(result, "holds no images")
    assert not out.exists()


def test_a_data_dir_that_is_a_file_says_so(tmp_path, capsys):
    path = tmp_path / "mnist.zip"
    path.write_bytes(b"PK")
    err = main_error(capsys, "train", "--data-dir", str(path), "--out", str(tmp_path / "r"))
    assert "mnist.zip is a file, not a folder" in err
    assert "no such folder" not in err


def test_an_unreadable_data_dir_is_one_line(tmp_path, capsys, monkeypatch):
    # Tests run as root, whom chmod does not stop: the refusal is simulated.
    real_listdir = os.listdir

    def listdir(path="."):
        if Path(path) == tmp_path:
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_listdir(path)

    monkeypatch.setattr(os, "listdir", listdir)
    err = main_error(capsys, "train", "--data-dir", str(tmp_path), "--out", str(tmp_path / "r"))
    assert "cannot be read (Permission denied)" in err
    assert not (tmp_path / "r").exists()


def test_out_is_checked_before_the_data_is_loaded(tmp_path, capsys, monkeypatch):
    def refuse_to_load(*args, **kwargs):
        raise AssertionError("the data was loaded before --out was checked")

    monkeypatch.setattr(cli, "load_mnist", refuse_to_load)
    (tmp_path / "notes.txt").write_text("mine")
    err = main_error(capsys, "train", "--out", str(tmp_path), "--force")
    assert "holds files that are not a run's ('notes.txt')" in err
