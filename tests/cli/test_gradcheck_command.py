"""``mnist-trainer gradcheck`` run in-process: its report, bad arguments, model files, Ctrl-C."""

from __future__ import annotations

import io
import os
import re
import signal
import subprocess
import sys
import textwrap
import zipfile

import numpy as np
import pytest

from core.model_file import save_model_file
from core.network import TwoLayerNet
from core.trainer import TrainConfig
from gui.cli import OneLineParser
from gui.gradcheck_command import _ProgressLine, add_gradcheck_parser, gradcheck_command

PARAM_LINE = re.compile(
    r"^(W1|b1|W2|b2): mean \|diff\| (\d\.\de-\d\d), max \d\.\de-\d\d, "
    r"relative error (\d\.\de-\d\d) \(([\d,]+) values\)$"
)
TIMING_LINE = re.compile(r"^numerical \((fast|book)\) [\d.,]+ s, backprop [\d.]+ s: .* faster$")


def run(*argv: str) -> int:
    """Parse ``gradcheck *argv`` as ``mnist-trainer`` would and run it."""
    parser = OneLineParser(prog="mnist-trainer")
    commands = parser.add_subparsers(dest="command", parser_class=OneLineParser)
    add_gradcheck_parser(commands)
    args = parser.parse_args(["gradcheck", *argv])
    return gradcheck_command(args, args.subparser)


def report(stdout: str) -> tuple[str, list[re.Match], str]:
    """The header, the four parameter lines (matched) and the timing line."""
    lines = stdout.splitlines()
    assert len(lines) == 6, stdout
    params = [PARAM_LINE.match(line) for line in lines[1:5]]
    assert all(params), stdout
    assert [m[1] for m in params] == ["W1", "b1", "W2", "b2"]
    return lines[0], params, lines[5]


def test_the_default_check_is_the_books(capsys):
    assert run() == 0
    out, err = capsys.readouterr()
    header, params, timing = report(out)
    assert header == (
        "gradient check of 784-50-10 on the first 3 training images (numerical gradient: fast)"
    )
    assert [m[4] for m in params] == ["39,200", "50", "500", "10"]
    assert all(float(m[3]) < 1e-5 for m in params)  # relative error of a correct backprop
    assert TIMING_LINE.match(timing), timing
    assert err == ""


def test_the_book_method_on_a_small_hidden_layer(capsys):
    assert run("--method", "book", "--hidden", "4", "--batch", "2") == 0
    header, params, timing = report(capsys.readouterr().out)
    assert header.startswith("gradient check of 784-4-10 on the first 2 training images")
    assert [m[4] for m in params] == ["3,136", "4", "40", "10"]
    assert timing.startswith("numerical (book) ")


def test_the_sample_method(capsys):
    assert run("--method", "sample", "--count", "7", "--seed", "3") == 0
    _, params, timing = report(capsys.readouterr().out)
    assert [m[4] for m in params] == ["7", "7", "7", "7"]
    assert timing.startswith("numerical 0.")
    assert "for 28 values" in timing


def test_a_saved_model(tmp_path, capsys):
    network = TwoLayerNet(784, 8, 10, rng=5, dtype=np.float32)
    before = network.params["W1"].copy()
    path = tmp_path / "model.npz"
    save_model_file(path, network, TrainConfig(hidden_sizes=(8,)))
    assert run("--model", str(path)) == 0
    header, params, _ = report(capsys.readouterr().out)
    assert header.startswith("gradient check of 784-8-10")
    assert all(float(m[3]) < 1e-5 for m in params)
    assert np.array_equal(network.params["W1"], before)


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--batch", "0"], "argument --batch: must be a whole number from 1 to 100, got '0'"),
        (["--count", "-2"], "argument --count: must be a whole number from 1 to 1,000"),
        (["--count", "1e12"], "argument --count: must be a whole number from 1 to 1,000"),
        (["--hidden", "many"], "argument --hidden: must be a whole number from 1 to 2,000"),
        (["--seed", "-1"], "argument --seed: must be a whole number from 0 to 2,147,483,647"),
        (["--seed", "1e99"], "argument --seed: must be a whole number from 0 to 2,147,483,647"),
        (["--method", "slow"], "argument --method: invalid choice: 'slow'"),
        (["--batch", "101"], "argument --batch: must be a whole number from 1 to 100"),
        (["--model", "m.npz", "--hidden", "5"], "--hidden cannot be used with --model"),
    ],
)
def test_bad_arguments_get_one_line_and_status_2(capsys, argv, message):
    with pytest.raises(SystemExit) as exit_info:
        run(*argv)
    assert exit_info.value.code == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("\n") == 1
    assert err.startswith("mnist-trainer gradcheck: error: ")
    assert message in err


@pytest.mark.parametrize("content", [b"not a model at all", b""])
def test_a_broken_model_file_is_named(tmp_path, capsys, content):
    path = tmp_path / "broken.npz"
    path.write_bytes(content)
    with pytest.raises(SystemExit) as exit_info:
        run("--model", str(path))
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert str(path) in err


def test_a_missing_model_file_is_named(tmp_path, capsys):
    path = tmp_path / "nowhere.npz"
    with pytest.raises(SystemExit) as exit_info:
        run("--model", str(path))
    assert exit_info.value.code == 2
    assert str(path) in capsys.readouterr().err


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_progress_line_shows_on_a_terminal_only():
    terminal = FakeTerminal()
    line = _ProgressLine(terminal)
    line.update(397, 39_760)
    line.clear()
    assert terminal.getvalue() == (
        "\r\033[Knumerical gradient 397/39,760 values (1%), Ctrl-C to stop\r\033[K"
    )
    pipe = io.StringIO()
    _ProgressLine(pipe).update(1, 2)
    assert pipe.getvalue() == ""


CTRL_C_SCRIPT = textwrap.dedent(
    """
    import sys
    from gui.cli import OneLineParser
    from gui.gradcheck_command import add_gradcheck_parser, gradcheck_command

    parser = OneLineParser(prog="mnist-trainer")
    add_gradcheck_parser(parser.add_subparsers(dest="command", parser_class=OneLineParser))
    args = parser.parse_args(sys.argv[1:])
    sys.exit(gradcheck_command(args, args.subparser))
    """
)


def test_ctrl_c_stops_the_book_loop_and_prints_what_was_done():
    # 784-200-10: the book's loop takes many seconds, so Ctrl-C arrives inside it
    proc = subprocess.Popen(
        [sys.executable, "-c", CTRL_C_SCRIPT, "gradcheck", "--method", "book", "--hidden", "200"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        header = proc.stdout.readline()
        assert header.startswith("gradient check of 784-200-10")
        proc.send_signal(signal.SIGINT)
        stdout, stderr = proc.communicate(timeout=60)
    finally:
        proc.kill()
    assert proc.returncode == 130, stderr
    assert "Traceback" not in stderr
    lines = stdout.splitlines()
    assert lines[0].startswith("numerical (book) ")
    assert lines[1] == "cancelled: W1, b1, W2, b2 not checked"


def limited_memory() -> None:
    """In the child: at most 3 GiB of address space, so a regression fails, not the machine."""
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (3 * 2**30, 3 * 2**30))


@pytest.mark.skipif(sys.platform == "win32", reason="resource limits are POSIX")
@pytest.mark.parametrize(
    "argv",
    [["--hidden", "1000000"], ["--hidden", "1e9"], ["--count", "1e12"], ["--batch", "1e12"]],
)
def test_huge_values_are_refused_before_anything_is_allocated(argv):
    result = subprocess.run(
        [sys.executable, "-m", "gui.app", "gradcheck", *argv],
        capture_output=True,
        text=True,
        timeout=60,
        preexec_fn=limited_memory,
    )
    assert result.returncode == 2, result.stderr[-2000:]
    assert result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr
    assert f"argument {argv[0]}: must be a whole number from 1 to" in result.stderr


# -- model files that must not hang, crash or flood: one line, exit status 2 ------------


def gradcheck_model(path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "gui.app", "gradcheck", "--model", str(path)],
        capture_output=True,
        text=True,
        timeout=60,  # a FIFO must not block the check for ever
    )


def assert_one_line_usage_error(result: subprocess.CompletedProcess) -> None:
    assert result.returncode == 2, result.stderr[-2000:]
    assert result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("mnist-trainer gradcheck: error: ")
    assert result.stdout == ""


def saved_entries(tmp_path) -> dict[str, np.ndarray]:
    path = tmp_path / "good.npz"
    save_model_file(path, TwoLayerNet(784, 8, 10, rng=5), TrainConfig(hidden_sizes=(8,)))
    with np.load(path, allow_pickle=False) as npz:
        return {key: npz[key] for key in npz.files}


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_given_as_the_model(tmp_path):
    fifo = tmp_path / "model.npz"
    os.mkfifo(fifo)
    result = gradcheck_model(fifo)
    assert_one_line_usage_error(result)
    assert str(fifo) in result.stderr


def test_a_model_with_deeply_nested_json(tmp_path):
    entries = saved_entries(tmp_path)
    entries["config"] = np.array("[" * 100_000 + "]" * 100_000)
    path = tmp_path / "deep.npz"
    np.savez(path, **entries)
    assert_one_line_usage_error(gradcheck_model(path))


def test_a_model_whose_array_header_claims_terabytes(tmp_path):
    header = io.BytesIO()
    np.lib.format.write_array_header_1_0(
        header, {"descr": "<f8", "fortran_order": False, "shape": (1_000_000, 1_000_000)}
    )
    path = tmp_path / "huge.npz"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("W1.npy", header.getvalue() + bytes(64))
    assert_one_line_usage_error(gradcheck_model(path))


def test_a_huge_file(tmp_path):
    path = tmp_path / "huge.npz"
    with open(path, "wb") as f:
        f.write(b"PK\x03\x04")
        f.truncate(8 * 2**30)  # sparse: 8 GiB that take no disk space
    assert_one_line_usage_error(gradcheck_model(path))


def test_a_model_cut_short(tmp_path):
    path = tmp_path / "model.npz"
    save_model_file(path, TwoLayerNet(784, 8, 10, rng=5), TrainConfig(hidden_sizes=(8,)))
    path.write_bytes(path.read_bytes()[:3000])
    assert_one_line_usage_error(gradcheck_model(path))


def test_a_model_name_with_a_newline_is_shown_escaped(tmp_path):
    result = gradcheck_model(tmp_path / "no\nmodel.npz")
    assert_one_line_usage_error(result)
    assert "no\\nmodel.npz" in result.stderr
