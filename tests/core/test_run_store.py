"""core.run_store: where runs live, listing them, reading their curves, rename, delete."""

from __future__ import annotations

import functools
import json
import os
import subprocess
import sys
import threading
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np
import pytest

from core import run_files, run_store, run_trash
from core.run_files import (
    ACCURACY_CSV,
    LOSS_CSV,
    RUN_JSON,
    write_accuracy_csv,
    write_loss_csv,
    write_run_json,
)
from core.run_store import (
    RunInfo,
    RunStoreError,
    delete_run,
    list_runs,
    load_run_metrics,
    new_run_dir,
    read_run_info,
    read_run_json,
    rename_run,
    update_run_json,
    writer_marker,
)
from core.trainer import EpochEvent, TrainConfig
from core.writer_marker import host_tag

EPOCHS = [EpochEvent(0, 0, 0.1, 0.12), EpochEvent(1, 600, 0.8, 0.81)]


def make_run(
    root: Path,
    folder: str,
    *,
    created: str | None = None,
    summary: dict | None = None,
    config: TrainConfig | None = None,
) -> Path:
    """A finished run folder as the writer leaves it."""
    path = root / folder
    path.mkdir(parents=True)
    losses = np.array([2.3, 1.5, np.nan, 0.4])
    write_loss_csv(path / LOSS_CSV, losses)
    write_accuracy_csv(path / ACCURACY_CSV, EPOCHS)
    summary = summary or {
        "status": "finished",
        "iterations_done": 10_000,
        "last_epoch_train_acc": 0.94,
        "last_epoch_test_acc": 0.93,
        "final_train_acc": 0.95,
        "final_test_acc": 0.945,
        "duration_s": 12.5,
    }
    write_run_json(path / RUN_JSON, config or TrainConfig(), summary)
    if created is not None:
        update_run_json(path, created=created)
    return path


# -- where runs live ------------------------------------------------------------------


def test_env_var_overrides_the_data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv(run_store.ENV_VAR, str(tmp_path / "data"))
    assert run_store.default_data_dir() == tmp_path / "data"
    assert run_store.runs_dir() == tmp_path / "data" / "runs"
    assert run_store.runs_dir(tmp_path) == tmp_path / "runs"


def test_an_empty_env_var_is_ignored(monkeypatch):
    monkeypatch.setenv(run_store.ENV_VAR, "  ")
    monkeypatch.setitem(sys.modules, "platformdirs", None)  # import fails
    monkeypatch.setattr(run_store, "_platform_data_dir", lambda app: Path("/fallback") / app)
    assert run_store.default_data_dir() == Path("/fallback/mnist-trainer")


def test_platformdirs_is_preferred_when_installed(monkeypatch):
    class FakePlatformdirs:
        @staticmethod
        def user_data_path(app, appauthor=None):
            assert appauthor is False
            return Path("/pd") / app

    monkeypatch.delenv(run_store.ENV_VAR, raising=False)
    monkeypatch.setitem(sys.modules, "platformdirs", FakePlatformdirs)
    assert run_store.default_data_dir() == Path("/pd/mnist-trainer")


def test_fallback_on_linux_follows_xdg(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(Path, "home", lambda: tmp_path / "home")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert run_store._platform_data_dir("app") == tmp_path / "xdg" / "app"
    monkeypatch.setenv("XDG_DATA_HOME", "relative/is/ignored")
    assert run_store._platform_data_dir("app") == tmp_path / "home" / ".local" / "share" / "app"
    monkeypatch.delenv("XDG_DATA_HOME")
    assert run_store._platform_data_dir("app") == tmp_path / "home" / ".local" / "share" / "app"


def test_fallback_on_macos_and_windows(tmp_path, monkeypatch):
    monkeypatch.setattr(Path, "home", lambda: tmp_path)
    monkeypatch.setattr(sys, "platform", "darwin")
    assert run_store._platform_data_dir("app") == tmp_path / "Library/Application Support/app"
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setenv("APPDATA", str(tmp_path / "Roaming"))
    assert run_store._platform_data_dir("app") == tmp_path / "Roaming" / "app"


def test_new_run_dir_is_unique_and_creates_root(tmp_path):
    root = tmp_path / "runs"
    now = datetime(2025, 1, 31, 14, 5, 9)
    first = new_run_dir(root, now)
    second = new_run_dir(root, now)
    third = new_run_dir(root, now)
    assert [p.name for p in (first, second, third)] == [
        "20250131-140509",
        "20250131-140509-2",
        "20250131-140509-3",
    ]
    assert all(p.is_dir() and not any(p.iterdir()) for p in (first, second, third))


# -- listing ----------------------------------------------------------------------------


def test_list_runs_reads_the_summary(tmp_path):
    path = make_run(tmp_path, "20250131-140509", created="2025-01-31T14:05:09+01:00")
    [info] = list_runs(tmp_path)
    assert info.path == path
    assert info.name == "20250131-140509"
    assert info.created == datetime.fromisoformat("2025-01-31T14:05:09+01:00")
    assert info.config == TrainConfig()
    assert info.status == "finished"
    assert info.iterations_done == 10_000
    assert (info.final_train_acc, info.final_test_acc) == (0.95, 0.945)
    assert info.duration_s == 12.5
    assert info.describe() == "784-50-10, lr 0.1, batch 100, 10,000 iterations"


def test_accuracy_falls_back_to_the_last_epoch(tmp_path):
    summary = {"status": "stopped", "iterations_done": 1200, "last_epoch_train_acc": 0.8,
               "last_epoch_test_acc": 0.79, "duration_s": 1.0}  # fmt: skip
    make_run(tmp_path, "r", summary=summary, config=TrainConfig(hidden_sizes=(100,)))
    [info] = list_runs(tmp_path)
    assert (info.final_train_acc, info.final_test_acc) == (0.8, 0.79)
    assert info.describe() == "784-100-10, lr 0.1, batch 100, 1,200 of 10,000 iterations"


def test_list_runs_newest_first(tmp_path):
    make_run(tmp_path, "b", created="2025-01-02T00:00:00+00:00")
    make_run(tmp_path, "a", created="2025-03-01T00:00:00+00:00")
    make_run(tmp_path, "c", created="2024-12-31T23:00:00-05:00")  # 2025-01-01T04:00Z
    assert [info.path.name for info in list_runs(tmp_path)] == ["a", "b", "c"]


def test_created_falls_back_to_the_folder_mtime(tmp_path):
    old = make_run(tmp_path, "old")
    new = make_run(tmp_path, "new", created="not a date")
    week_ago = (datetime.now() - timedelta(days=7)).timestamp()
    os.utime(old, (week_ago, week_ago))
    runs = list_runs(tmp_path)
    assert [info.path for info in runs] == [new, old]
    assert runs[1].created.timestamp() == pytest.approx(week_ago)
    assert runs[1].created.tzinfo is not None  # comparable with stored times


def test_created_falls_back_to_the_time_in_the_folder_name(tmp_path):
    make_run(tmp_path, "20250131-140509-2")
    [info] = list_runs(tmp_path)
    assert info.created == datetime(2025, 1, 31, 14, 5, 9).astimezone()


@pytest.mark.parametrize("text", ["{not json", "[1, 2]", "", "\xff"])
def test_a_corrupt_run_json_is_listed_as_unreadable(tmp_path, text):
    make_run(tmp_path, "good")
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / RUN_JSON).write_text(text, encoding="latin-1")
    by_name = {info.path.name: info for info in list_runs(tmp_path)}
    assert by_name["good"].status == "finished"
    info = by_name["bad"]
    assert (info.status, info.name, info.config, info.iterations_done) == (
        "unreadable",
        "bad",
        None,
        0,
    )
    assert info.final_test_acc is None
    assert info.describe() == "settings unknown, 0 iterations"


def test_odd_values_in_run_json_do_not_raise(tmp_path):
    path = tmp_path / "odd"
    path.mkdir()
    summary = {
        "status": 3,
        "iterations_done": "many",
        "final_train_acc": 10**400,
        "final_test_acc": "NaN",
        "duration_s": True,
    }
    record = {"config": {"hidden_size": -1, "colour": "red"}, "summary": summary}
    (path / RUN_JSON).write_text(json.dumps(record), encoding="utf-8")
    [info] = list_runs(tmp_path)
    assert (info.config, info.status, info.iterations_done) == (None, "unknown", 0)
    assert (info.final_train_acc, info.final_test_acc, info.duration_s) == (None, None, None)


def test_list_runs_skips_files_hidden_folders_and_folders_of_other_files(tmp_path):
    make_run(tmp_path, "run")
    (tmp_path / "loose.txt").write_text("x", encoding="utf-8")
    make_run(tmp_path, ".hidden")
    (tmp_path / "photos").mkdir()
    (tmp_path / "photos" / "cat.png").write_bytes(b"x")
    assert [info.path.name for info in list_runs(tmp_path)] == ["run"]


def test_a_missing_root_lists_nothing(tmp_path):
    assert list_runs(tmp_path / "nowhere") == []


# -- metrics ------------------------------------------------------------------------------


def test_load_run_metrics_round_trip(tmp_path):
    path = make_run(tmp_path, "r")
    losses, epochs = load_run_metrics(path)
    assert losses.dtype == np.float64
    assert losses.shape == (4,)
    np.testing.assert_array_equal(losses, [2.3, 1.5, np.nan, 0.4])
    assert epochs == EPOCHS


def test_missing_metric_files_are_empty(tmp_path):
    path = make_run(tmp_path, "r")
    (path / LOSS_CSV).unlink()
    (path / ACCURACY_CSV).unlink()
    losses, epochs = load_run_metrics(path)
    assert losses.shape == (0,)
    assert losses.dtype == np.float64
    assert epochs == []


def test_header_only_files_are_empty(tmp_path):
    path = make_run(tmp_path, "r")
    write_loss_csv(path / LOSS_CSV, np.array([]))
    write_accuracy_csv(path / ACCURACY_CSV, [])
    losses, epochs = load_run_metrics(path)
    assert losses.shape == (0,)
    assert epochs == []


@pytest.mark.parametrize(
    ("file", "text", "problem"),
    [
        (LOSS_CSV, "iteration,loss\n0,2.3\n1,oops\n", "line 3"),
        (LOSS_CSV, "iteration,loss\n0,2.3,9\n", "line 2"),
        (LOSS_CSV, "", "first line"),
        (LOSS_CSV, "0,2.3\n", "first line"),
        (ACCURACY_CSV, "epoch,iteration,train_acc,test_acc\n0,0,0.1\n", "malformed"),
        (ACCURACY_CSV, "epoch,iteration,train_acc,test_acc\nx,0,0.1,0.2\n", "malformed"),
        (ACCURACY_CSV, "something else\n", "first line"),
    ],
)
def test_a_malformed_metric_file_raises_a_clear_error(tmp_path, file, text, problem):
    path = make_run(tmp_path, "r")
    (path / file).write_text(text, encoding="utf-8")
    with pytest.raises(RunStoreError, match=problem) as info:
        load_run_metrics(path)
    message = str(info.value)
    assert str(path / file) in message
    assert "delete the run" in message


# -- run.json, rename, delete ----------------------------------------------------------------


def test_update_run_json_keeps_other_keys(tmp_path):
    path = make_run(tmp_path, "r")
    record = update_run_json(path, created="2025-01-31T14:05:09+00:00", name="first")
    assert read_run_json(path) == record
    assert record["summary"]["status"] == "finished"
    assert record["config"]["hidden_sizes"] == [50]
    assert sorted(p.name for p in path.iterdir()) == sorted([LOSS_CSV, ACCURACY_CSV, RUN_JSON])


def test_read_run_json_errors(tmp_path):
    with pytest.raises(RunStoreError, match="not a run"):
        read_run_json(tmp_path)
    (tmp_path / RUN_JSON).write_text("[]", encoding="utf-8")
    with pytest.raises(RunStoreError, match="no JSON object"):
        read_run_json(tmp_path)


def test_rename_round_trip(tmp_path):
    path = make_run(tmp_path, "20250131-140509")
    [info] = list_runs(tmp_path)
    renamed = rename_run(info, "  lr 0.1 baseline ")
    assert renamed.name == "lr 0.1 baseline"
    assert renamed.path == path
    assert read_run_json(path)["name"] == "lr 0.1 baseline"
    assert list_runs(tmp_path) == [renamed]


def test_rename_keeps_an_mtime_based_run_in_its_place(tmp_path):
    old = make_run(tmp_path, "old")
    make_run(tmp_path, "new")
    week_ago = (datetime.now() - timedelta(days=7)).timestamp()
    os.utime(old, (week_ago, week_ago))
    renamed = rename_run(read_run_info(old), "renamed")
    runs = list_runs(tmp_path)
    assert [info.name for info in runs] == ["new", "renamed"]
    assert runs[1] == renamed
    assert renamed.created.timestamp() == pytest.approx(week_ago)


@pytest.mark.parametrize("name", ["", "   \t"])
def test_rename_refuses_an_empty_name(tmp_path, name):
    make_run(tmp_path, "r")
    [info] = list_runs(tmp_path)
    with pytest.raises(RunStoreError, match="empty"):
        rename_run(info, name)
    assert "name" not in read_run_json(info.path)


def test_delete_run_removes_the_folder(tmp_path):
    keep = make_run(tmp_path, "keep")
    gone = make_run(tmp_path, "gone")
    delete_run(read_run_info(gone), root=tmp_path)
    assert not gone.exists()
    assert keep.exists()
    assert [info.path for info in list_runs(tmp_path)] == [keep]


def test_delete_run_uses_the_default_root(tmp_path, monkeypatch):
    monkeypatch.setenv(run_store.ENV_VAR, str(tmp_path))
    path = make_run(run_store.runs_dir(), "r")
    delete_run(read_run_info(path))
    assert not path.exists()


def test_delete_refuses_a_folder_that_is_not_a_run(tmp_path):
    folder = tmp_path / "photos"
    folder.mkdir()
    (folder / "cat.png").write_bytes(b"x")
    info = RunInfo(folder, "photos", datetime.now().astimezone(), None, "unreadable")
    with pytest.raises(RunStoreError, match="not a run folder"):
        delete_run(info, root=tmp_path)
    assert (folder / "cat.png").exists()


def test_delete_refuses_a_run_outside_the_root(tmp_path):
    root = tmp_path / "runs"
    root.mkdir()
    outside = make_run(tmp_path / "elsewhere", "r")
    nested = make_run(root / "r" / "deeper", "r")
    for path in (outside, nested):
        with pytest.raises(RunStoreError, match="not a run inside"):
            delete_run(read_run_info(path), root=root)
        assert path.exists()
    with pytest.raises(RunStoreError):
        delete_run(read_run_info(root), root=root)  # the root itself is no run


# -- run.json that cannot be read -------------------------------------------------------------

NESTED = {
    "100,000 [": "[" * 100_000,
    "100,000 {": '{"a":' * 100_000,
    "40 levels": json.dumps(functools.reduce(lambda inner, _: {"a": inner}, range(40), {})),
}


def write_text_run(root: Path, folder: str, text: str) -> Path:
    path = root / folder
    path.mkdir(parents=True)
    (path / RUN_JSON).write_text(text, encoding="utf-8")
    return path


def list_in_thread(root: Path) -> list[RunInfo]:
    """list_runs(root), failing the test instead of hanging if it blocks."""
    result: list[list[RunInfo]] = []
    thread = threading.Thread(target=lambda: result.append(list_runs(root)), daemon=True)
    thread.start()
    thread.join(timeout=30)
    assert not thread.is_alive(), "list_runs blocked"
    return result[0]


@pytest.mark.parametrize("text", NESTED.values(), ids=NESTED.keys())
def test_a_deeply_nested_run_json_is_listed_with_its_problem(tmp_path, text):
    make_run(tmp_path, "good")
    write_text_run(tmp_path, "nested", text)
    by_name = {info.name: info for info in list_runs(tmp_path)}
    assert by_name["good"].status == "finished"
    assert by_name["good"].problem is None
    info = by_name["nested"]
    assert info.status == run_store.UNREADABLE
    assert info.problem.startswith("run.json cannot be read: it is nested")
    assert "delete the run" in info.problem


def test_a_run_json_larger_than_the_limit_is_not_read(tmp_path):
    limit = run_files.MAX_RUN_JSON_BYTES
    write_text_run(tmp_path, "big", json.dumps({"pad": "x" * limit}))
    [info] = list_runs(tmp_path)
    assert info.status == run_store.UNREADABLE
    assert f"larger than {limit:,} bytes" in info.problem


@pytest.mark.parametrize(
    ("kind", "problem"),
    [("folder", "a folder"), ("link", "a symbolic link"), ("fifo", "not a regular file")],
)
def test_a_run_json_that_is_no_file_is_listed_without_blocking(tmp_path, kind, problem):
    root = tmp_path / "runs"
    path = root / "odd"
    path.mkdir(parents=True)
    if kind == "folder":
        (path / RUN_JSON).mkdir()
    elif kind == "link":
        real = make_run(tmp_path, "elsewhere")
        (path / RUN_JSON).symlink_to(real / RUN_JSON)
    else:
        os.mkfifo(path / RUN_JSON)  # opening it for reading would wait for a writer
    [info] = list_in_thread(root)
    assert (info.name, info.status) == ("odd", run_store.UNREADABLE)
    assert problem in info.problem


def test_write_run_json_replaces_a_nested_run_json(tmp_path):
    path = write_text_run(tmp_path, "r", NESTED["100,000 ["])
    write_run_json(path / RUN_JSON, TrainConfig(), {"status": "running"}, writer={"pid": 1})
    record = read_run_json(path)
    assert record["summary"] == {"status": "running"}
    assert record["writer"] == {"pid": 1}


def test_write_run_json_keeps_other_keys_and_sets_fields(tmp_path):
    path = make_run(tmp_path, "r", created="2025-01-31T14:05:09+00:00")
    update_run_json(path, name="mine")
    write_run_json(path / RUN_JSON, TrainConfig(), {"status": "stopped"}, writer={"pid": 7})
    record = read_run_json(path)
    assert (record["name"], record["created"]) == ("mine", "2025-01-31T14:05:09+00:00")
    assert (record["summary"], record["writer"]) == ({"status": "stopped"}, {"pid": 7})


@pytest.mark.parametrize("text", [NESTED["100,000 ["], NESTED["40 levels"], "{oops", "[]"])
def test_rename_and_update_refuse_an_unreadable_run_json_and_change_nothing(tmp_path, text):
    path = write_text_run(tmp_path, "r", text)
    [info] = list_runs(tmp_path)
    with pytest.raises(RunStoreError, match="cannot be read") as error:
        rename_run(info, "new name")
    assert str(path / RUN_JSON) in str(error.value)
    with pytest.raises(RunStoreError, match="cannot be read"):
        update_run_json(path, name="new name")
    assert (path / RUN_JSON).read_text(encoding="utf-8") == text
    assert os.listdir(path) == [RUN_JSON]


def test_rename_refuses_a_folder_without_run_json(tmp_path):
    (tmp_path / "r").mkdir()
    [info] = list_runs(tmp_path)
    with pytest.raises(RunStoreError, match="no such file"):
        rename_run(info, "x")
    assert os.listdir(tmp_path / "r") == []


@pytest.mark.parametrize("name", ["two\nlines", "bell\x07", "sep\u2028arator"])
def test_rename_refuses_control_characters(tmp_path, name):
    make_run(tmp_path, "r")
    [info] = list_runs(tmp_path)
    with pytest.raises(RunStoreError, match="one line"):
        rename_run(info, name)
    assert "name" not in read_run_json(info.path)


def test_messages_escape_control_characters_in_paths(tmp_path):
    write_text_run(tmp_path, "bad\nname", "{oops")
    [info] = list_runs(tmp_path)
    with pytest.raises(RunStoreError) as error:
        rename_run(info, "x")
    message = str(error.value)
    assert "\n" not in message
    assert "bad\\nname" in message


# -- killed runs: writers, temporary files, incomplete folders -----------------------------


def dead_pid() -> int:
    """The pid of a process that has run and been waited for."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait(timeout=60)
    return child.pid


def write_record(root: Path, folder: str, record: dict) -> Path:
    path = root / folder
    path.mkdir(parents=True)
    (path / RUN_JSON).write_text(json.dumps(record), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("status", "writer", "shown"),
    [
        ("running", "dead", "interrupted"),
        (None, "dead", "interrupted"),
        ("running", "alive", "running"),
        (None, "alive", "running"),
        ("running", "dead elsewhere", "running"),
        ("running", None, "running"),
        (None, None, "unknown"),
        ("finished", "dead", "finished"),
        ("stopped", "dead", "stopped"),
        ("diverged", "alive", "diverged"),
    ],
)
def test_a_running_run_whose_writer_is_gone_is_interrupted(tmp_path, status, writer, shown):
    markers = {
        "dead": {**writer_marker(), "pid": dead_pid()},
        "alive": writer_marker(),
        "dead elsewhere": {**writer_marker(), "pid": dead_pid(), "host": "another-host"},
        None: None,
    }
    record = {"config": TrainConfig().to_dict(), "summary": {"iterations_done": 5}}
    if status is not None:
        record["summary"]["status"] = status
    if writer is not None:
        record["writer"] = markers[writer]
    write_record(tmp_path, "r", record)
    [info] = list_runs(tmp_path)
    assert (info.status, info.iterations_done) == (shown, 5)
    assert (info.problem is not None) == (shown == "interrupted")


def test_a_killed_writer_process_leaves_an_interrupted_run(tmp_path):
    path = tmp_path / "r"
    path.mkdir()
    code = f"""
import sys
from core.config import TrainConfig
from core.run_files import write_run_json
from core.run_store import writer_marker
write_run_json({str(path / RUN_JSON)!r}, TrainConfig(), {{"status": "running"}},
               writer=writer_marker())
print("written", flush=True)
sys.stdin.read()
"""
    writer = subprocess.Popen(
        [sys.executable, "-c", code],
        cwd=Path(__file__).resolve().parents[2],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert writer.stdout.readline() == "written\n"
        assert [info.status for info in list_runs(tmp_path)] == ["running"]
        with pytest.raises(RunStoreError, match=f"process {writer.pid} .* still writing"):
            delete_run(read_run_info(path), root=tmp_path)
    finally:
        writer.kill()
        writer.communicate(timeout=60)
    [info] = list_runs(tmp_path)
    assert info.status == "interrupted"
    assert "stopped before the run ended" in info.problem
    delete_run(info, root=tmp_path)
    assert os.listdir(tmp_path) == []


def stale_temp(folder: Path, target: str = RUN_JSON, pid: int | None = None) -> Path:
    file = folder / f".{target}.{pid or dead_pid()}-{host_tag()}.abcdefgh.tmp"
    file.write_text("{half", encoding="utf-8")
    return file


def test_listing_removes_temporary_files_of_dead_writers_only(tmp_path):
    path = make_run(tmp_path, "r")
    stale = stale_temp(path)
    stale_model = stale_temp(path, "model.npz")
    live = stale_temp(path, pid=os.getpid())
    [info] = list_runs(tmp_path)
    assert info.status == "finished"
    assert not stale.exists()
    assert not stale_model.exists()
    assert live.exists()


def test_a_folder_holding_only_stale_temporary_files_is_listed_and_deletable(tmp_path):
    path = tmp_path / "20250131-140509"
    path.mkdir()
    stale_temp(path)
    [info] = list_runs(tmp_path)
    assert os.listdir(path) == []
    assert (info.name, info.status) == ("20250131-140509", run_store.INCOMPLETE)
    assert info.problem.startswith("run.json is missing")
    assert info.created == datetime(2025, 1, 31, 14, 5, 9).astimezone()
    delete_run(info, root=tmp_path)
    assert list_runs(tmp_path) == []
    assert os.listdir(tmp_path) == []


@pytest.mark.parametrize(
    "files",
    [
        [],
        [".run.json.k2j4h5g6.tmp"],  # the older form: its writer is unknown, so it stays
        [LOSS_CSV, ACCURACY_CSV, ".model.npz.k2j4h5g6.tmp"],
    ],
)
def test_folders_without_run_json_are_incomplete_runs(tmp_path, files):
    path = tmp_path / "r"
    path.mkdir()
    for name in files:
        (path / name).write_text("x", encoding="utf-8")
    [info] = list_runs(tmp_path)
    assert (info.status, info.config, info.iterations_done) == (run_store.INCOMPLETE, None, 0)
    assert "delete it" in info.problem
    delete_run(info, root=tmp_path)
    assert not path.exists()


def test_a_runs_path_that_is_a_file_lists_nothing(tmp_path):
    file = tmp_path / "runs"
    file.write_text("x", encoding="utf-8")
    assert list_runs(file) == []


def test_linked_folders_are_neither_listed_nor_cleaned(tmp_path):
    root = tmp_path / "runs"
    outside = make_run(tmp_path, "outside")
    stale = stale_temp(outside)
    root.mkdir()
    (root / "link").symlink_to(outside)
    assert list_runs(root) == []
    assert stale.exists()
    with pytest.raises(RunStoreError, match="a link or a file"):
        delete_run(read_run_info(root / "link"), root=root)
    assert (outside / RUN_JSON).is_file()


# -- delete: all or nothing -------------------------------------------------------------------


def test_a_failed_move_to_the_trash_deletes_nothing(tmp_path, monkeypatch):
    path = make_run(tmp_path, "r")
    before = sorted(os.listdir(path))

    def refuse(source, target):
        raise PermissionError(13, "Permission denied", str(source))

    monkeypatch.setattr(run_trash.os, "rename", refuse)
    with pytest.raises(RunStoreError, match=r"Permission denied.*nothing was deleted"):
        delete_run(read_run_info(path), root=tmp_path)
    assert sorted(os.listdir(path)) == before
    assert os.listdir(tmp_path) == ["r"]  # no trash left behind either


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root may write anywhere")
def test_delete_in_a_read_only_runs_folder_deletes_nothing(tmp_path):
    root = tmp_path / "runs"
    path = make_run(root, "r")
    before = sorted(os.listdir(path))
    root.chmod(0o555)
    try:
        with pytest.raises(RunStoreError, match="nothing was deleted"):
            delete_run(read_run_info(path), root=root)
    finally:
        root.chmod(0o755)
    assert sorted(os.listdir(path)) == before


def test_leftovers_in_the_trash_are_removed_on_the_next_listing_or_delete(tmp_path, monkeypatch):
    keep = make_run(tmp_path, "keep")
    first, second = make_run(tmp_path, "first"), make_run(tmp_path, "second")
    with monkeypatch.context() as patch:
        patch.setattr(run_trash.shutil, "rmtree", lambda path, ignore_errors=False: None)
        delete_run(read_run_info(first), root=tmp_path)  # the removal "fails" half way
    assert not first.exists()
    [leftover] = os.listdir(tmp_path / run_trash.TRASH)
    assert leftover.startswith("first-")
    assert {info.path for info in list_runs(tmp_path)} == {keep, second}
    assert sorted(os.listdir(tmp_path)) == ["keep", "second"]
    make_run(tmp_path / run_trash.TRASH, "old-1234")
    delete_run(read_run_info(second), root=tmp_path)
    assert os.listdir(tmp_path) == ["keep"]


def test_delete_never_follows_links(tmp_path):
    root = tmp_path / "runs"
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "precious.txt").write_text("keep", encoding="utf-8")
    path = make_run(root, "r")
    (path / "link").symlink_to(outside)
    delete_run(read_run_info(path), root=root)
    assert not path.exists()
    assert (outside / "precious.txt").read_text(encoding="utf-8") == "keep"


def test_a_trash_that_is_a_link_is_not_used(tmp_path):
    root = tmp_path / "runs"
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "precious.txt").write_text("keep", encoding="utf-8")
    path = make_run(root, "r")
    (root / run_trash.TRASH).symlink_to(outside)
    list_runs(root)
    with pytest.raises(RunStoreError, match="nothing was deleted"):
        delete_run(read_run_info(path), root=root)
    assert (path / RUN_JSON).is_file()
    assert os.listdir(outside) == ["precious.txt"]


@pytest.mark.parametrize("make_bad", ["nested", "folder"])
def test_unreadable_runs_can_be_deleted(tmp_path, make_bad):
    path = make_run(tmp_path, "r")
    (path / RUN_JSON).unlink()
    if make_bad == "nested":
        (path / RUN_JSON).write_text(NESTED["100,000 ["], encoding="utf-8")
    else:
        (path / RUN_JSON).mkdir()
        (path / RUN_JSON / "inside").write_text("x", encoding="utf-8")
    [info] = list_runs(tmp_path)
    assert info.status == run_store.UNREADABLE
    delete_run(info, root=tmp_path)
    assert os.listdir(tmp_path) == []


def test_delete_refuses_hidden_folders(tmp_path):
    hidden = make_run(tmp_path, ".trash")
    with pytest.raises(RunStoreError, match="hidden"):
        delete_run(read_run_info(hidden), root=tmp_path)
    assert (hidden / RUN_JSON).is_file()
