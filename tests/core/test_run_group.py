"""A race's contestants are runs that know their group, and keep it when saved."""

from __future__ import annotations

from core.config import TrainConfig
from core.run_group import RunGroup
from core.run_list import list_runs
from core.run_store import new_run_dir, read_run_json, update_run_json
from core.run_writer import begin_run

GROUP = RunGroup("20261130-091500", "optimizer-compare", "Adam lr 0.001", "#0072B2", 3, 4)


def test_a_group_round_trips_through_run_json(tmp_path):
    run = new_run_dir(tmp_path)
    begin_run(run, TrainConfig(), group=GROUP)
    assert read_run_json(run)["group"] == GROUP.to_dict()
    [info] = list_runs(tmp_path)
    assert info.group == GROUP


def test_a_run_without_a_group_has_none(tmp_path):
    begin_run(new_run_dir(tmp_path), TrainConfig())
    [info] = list_runs(tmp_path)
    assert info.group is None


def test_invalid_groups_are_ignored(tmp_path):
    run = new_run_dir(tmp_path)
    begin_run(run, TrainConfig())
    good = GROUP.to_dict()
    for bad in (
        "race",
        {**good, "color": "blue"},
        {**good, "index": 4},
        {**good, "size": 7},
        {**good, "index": True},
        {**good, "label": ""},
        {**good, "id": 5},
    ):
        update_run_json(run, group=bad)
        [info] = list_runs(tmp_path)
        assert info.group is None, bad
