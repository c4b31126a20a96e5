"""Model files made to break the loader: damage, huge declarations, zip bombs, special files.

Every one must end in a ModelFileError with a one-line message, never another
exception, a hang, or a large allocation.
"""

from __future__ import annotations

import io
import json
import os
import re
import struct
import threading
import tracemalloc
import zipfile
from pathlib import Path

import numpy as np
import pytest

import core.npz_reader as npz_reader
from core.config import BOUNDS
from core.model_archive import (
    MAX_EXTRA_TEXT,
    MAX_JSON_DEPTH,
    MAX_MEMBERS,
    MAX_SHORT_TEXT,
    buffer_shapes,
    max_entry_bytes,
    optimizer_shapes,
    param_shapes,
)
from core.model_file import ModelFileError, load_model_file, save_model_file
from core.network import TwoLayerNet
from core.trainer import EpochEvent, TrainConfig

CONFIG = TrainConfig(hidden_sizes=(7,), iters_num=20, seed=3)
SMALL_PEAK = 1_000_000  # bytes: far below any of the sizes the files below declare


@pytest.fixture
def valid(tmp_path: Path) -> Path:
    """A valid format-3 model file of a two-layer network with every entry filled."""
    path = tmp_path / "valid.npz"
    rng_state = np.random.default_rng(0).bit_generator.state
    save_model_file(
        path,
        TwoLayerNet(784, 7, 10, 0.5, rng=1),
        CONFIG,
        losses=np.linspace(2.3, 0.4, 12),
        epochs=[EpochEvent(0, 0, 0.1, 0.12), EpochEvent(1, 10, 0.5, 0.48)],
        iterations_done=12,
        extra={"rng": rng_state},
    )
    return path


def _members(path: Path) -> dict[str, bytes]:
    """The raw ``.npy`` bytes of every member, by key."""
    with zipfile.ZipFile(path) as archive:
        return {name.removesuffix(".npy"): archive.read(name) for name in archive.namelist()}


def _zip(path: Path, members: dict[str, bytes], compression: int = zipfile.ZIP_STORED) -> Path:
    with zipfile.ZipFile(path, "w", compression) as archive:
        for key, data in members.items():
            archive.writestr(f"{key}.npy", data)
    return path


def _npy(array: np.ndarray) -> bytes:
    buffer = io.BytesIO()
    np.save(buffer, array)
    return buffer.getvalue()


def _npy_declaring(shape: tuple[int, ...], descr: str = "<f8") -> bytes:
    """An ``.npy`` whose header declares ``shape`` but that holds 8 bytes of data."""
    buffer = io.BytesIO()
    header = {"descr": descr, "fortran_order": False, "shape": shape}
    np.lib.format.write_array_header_1_0(buffer, header)
    return buffer.getvalue() + bytes(8)


def _with(valid: Path, tmp_path: Path, **replaced: bytes) -> Path:
    return _zip(tmp_path / "hostile.npz", _members(valid) | replaced)


def _refusal(path: Path) -> str:
    """The message of the ModelFileError loading ``path`` raises, checked to be one line."""
    with pytest.raises(ModelFileError) as info:
        load_model_file(path)
    message = str(info.value)
    assert "\n" not in message
    assert str(path) in message
    return message


def _refusal_and_peak(path: Path) -> tuple[str, int]:
    """The refusal's message and the most memory Python and numpy held while loading."""
    tracemalloc.start()
    try:
        message = _refusal(path)
        return message, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


# -- JSON made to exhaust the parser ---------------------------------------------------


@pytest.mark.parametrize("key", ["config", "extra"])
def test_deeply_nested_json_is_refused(valid: Path, tmp_path: Path, key: str) -> None:
    path = _with(valid, tmp_path, **{key: _npy(np.array("[" * 5_000))})
    message = _refusal(path)
    assert f"its {key} entry is nested more than {MAX_JSON_DEPTH} levels deep" in message


def test_100000_brackets_in_extra_are_refused(valid: Path, tmp_path: Path) -> None:
    path = _with(valid, tmp_path, extra=_npy(np.array("[" * 100_000)))
    assert "nested more than" in _refusal(path)


def test_a_config_longer_than_any_config_is_refused_unread(valid: Path, tmp_path: Path) -> None:
    path = _with(valid, tmp_path, config=_npy(np.array("[" * (MAX_SHORT_TEXT + 1))))
    message = _refusal(path)
    assert "its config entry declares <U10001 ()" in message
    assert "more than" in message


@pytest.mark.parametrize(
    ("key", "text", "fragment"),
    [
        ("config", '{"seed": 1' + "0" * 5_000 + "}", "config entry is not readable JSON"),
        ("extra", '{"a": NaN}', "extra entry is not plain JSON (it holds NaN)"),
        ("extra", '{"a": -Infinity}', "extra entry is not plain JSON (it holds -Infinity)"),
    ],
)
def test_json_python_reads_differently_is_refused(
    valid: Path, tmp_path: Path, key: str, text: str, fragment: str
) -> None:
    assert fragment in _refusal(_with(valid, tmp_path, **{key: _npy(np.array(text))}))


# -- damaged files -----------------------------------------------------------------------


def _mutants(data: bytes, count: int, seed: int) -> list[bytes]:
    """``count`` damaged copies of ``data``: flipped bytes, broken headers, truncations."""
    rng = np.random.default_rng(seed)
    npy_headers = [m.start() for m in re.finditer(rb"\x93NUMPY", data)]
    zip_headers = [m.start() for m in re.finditer(rb"PK\x03\x04|PK\x01\x02|PK\x05\x06", data)]
    syntax = b"'\"(){}[],:\\#\n\0 -9L"
    mutants = []
    for n in range(count):
        mutant = bytearray(data)
        kind = n % 5
        if kind == 0:  # anywhere
            for _ in range(rng.integers(1, 4)):
                mutant[rng.integers(len(mutant))] ^= int(rng.integers(1, 256))
        elif kind == 1:  # the magic, version, length or dict of an .npy header
            mutant[int(rng.choice(npy_headers)) + int(rng.integers(0, 128))] = rng.integers(256)
        elif kind == 2:  # a character that upsets Python's tokenizer, in the header dict
            at = int(rng.choice(npy_headers)) + int(rng.integers(10, 118))
            mutant[at] = syntax[rng.integers(len(syntax))]
        elif kind == 3:  # a field of a zip header: sizes, offsets, compression, name length
            at = int(rng.choice(zip_headers)) + int(rng.integers(0, 46))
            mutant[min(at, len(mutant) - 1)] = rng.integers(256)
        else:
            mutant = mutant[: rng.integers(len(mutant))]
        mutants.append(bytes(mutant))
    return mutants


def test_damaged_files_raise_model_file_error_and_nothing_else(valid: Path, tmp_path: Path) -> None:
    path = tmp_path / "mutant.npz"
    escaped = []
    for n, mutant in enumerate(_mutants(valid.read_bytes(), 400, seed=1)):
        path.write_bytes(mutant)
        try:
            load_model_file(path)
        except ModelFileError as exc:
            if "\n" in str(exc):
                escaped.append(f"mutant {n}: a message over two lines: {exc!r}")
        except Exception as exc:
            escaped.append(f"mutant {n}: {type(exc).__name__}: {exc}")
    assert escaped == []


def test_a_header_python_cannot_tokenize_is_called_damaged(valid: Path, tmp_path: Path) -> None:
    members = _members(valid)
    broken = members["b2"].replace(b"'descr'", b"('descr", 1)  # an unclosed bracket
    message = _refusal(_with(valid, tmp_path, b2=broken))
    assert "is damaged or incomplete" in message
    assert "save it again" in message


def test_an_npy_format_it_does_not_read_is_called_damaged(valid: Path, tmp_path: Path) -> None:
    members = _members(valid)
    version_3 = members["b2"][:6] + b"\x03\x00" + members["b2"][8:]
    assert ".npy format 3.0" in _refusal(_with(valid, tmp_path, b2=version_3))


# -- files that declare more than a model can hold ---------------------------------------


@pytest.mark.parametrize(
    ("key", "shape", "descr"),
    [
        ("W1", (100_000, 100_000), "<f8"),
        ("W1", (784, 100_000_000), "<f4"),
        ("W1", (784, 2001), "<f8"),  # one hidden unit more than BOUNDS allows
        ("metrics_losses", (10_000_000_000,), "<f8"),
        ("metrics_losses", (CONFIG.iters_num + 1,), "<f8"),  # more than the config's iterations
        ("metrics_epochs", (CONFIG.iters_num + 2, 4), "<f8"),
        ("iterations_done", (1_000_000,), "<i8"),
        ("b2", (10**12,), "|V0"),  # values of no size: no bytes, but a huge array
    ],
)
def test_huge_declarations_are_refused_before_reading(
    valid: Path, tmp_path: Path, key: str, shape: tuple[int, ...], descr: str
) -> None:
    path = _with(valid, tmp_path, **{key: _npy_declaring(shape, descr)})
    message, peak = _refusal_and_peak(path)
    assert f"its {key} entry declares" in message
    assert str(shape) in message
    assert peak < SMALL_PEAK


DEEP = TrainConfig(
    hidden_sizes=(9, 8, 6), activation="relu", weight_init_std="he",
    optimizer="adam", use_batchnorm=True, iters_num=20,
)  # fmt: skip


class _DeepArrays:
    """A batch-norm network as ``save_model_file`` sees one: ``params`` and ``buffers()``."""

    def __init__(self, seed: int) -> None:
        rng = np.random.default_rng(seed)
        self.params = {k: rng.random(s).astype(np.float32) for k, s in param_shapes(DEEP).items()}
        self._buffers = {k: rng.random(s) for k, s in buffer_shapes(DEEP).items()}

    def buffers(self) -> dict[str, np.ndarray]:
        return self._buffers


@pytest.fixture
def deep_valid(tmp_path: Path) -> Path:
    """A valid format-3 file of a 784-9-8-6-10 ReLU net with batch norm and Adam's state."""
    path = tmp_path / "deep.npz"
    network = _DeepArrays(0)
    state = {key: np.zeros(shape, np.float32) for key, shape in optimizer_shapes(DEEP).items()}
    state["iter"] = np.array(4, dtype=np.int64)
    save_model_file(path, network, DEEP, optimizer_state=state)
    return path


@pytest.mark.parametrize(
    ("key", "shape", "descr"),
    [
        ("buffer/running_mean1", (10**12,), "<f8"),
        ("buffer/running_var2", (2001,), "<f8"),  # one unit wider than any hidden layer
        ("W2", (2000, 2001), "<f8"),
        ("W4", (2001, 10), "<f8"),  # the output layer of the widest network is (2000, 10)
        ("gamma3", (2001,), "<f8"),
        ("optimizer/m/W2", (2000, 2001), "<f8"),
        ("optimizer/v/b4", (11,), "<f8"),
        ("optimizer/iter", (2,), "<i8"),
    ],
)
def test_huge_format_3_entries_are_refused_before_reading(
    deep_valid: Path, tmp_path: Path, key: str, shape: tuple[int, ...], descr: str
) -> None:
    path = _with(deep_valid, tmp_path, **{key: _npy_declaring(shape, descr)})
    message, peak = _refusal_and_peak(path)
    assert f"its {key} entry declares" in message
    assert str(shape) in message
    assert peak < SMALL_PEAK


@pytest.mark.parametrize(
    "key",
    ["optimizer/h/W1", "optimizer/m/W5", "buffer/running_mean4", "gamma4", "W5", "notes"],
)
def test_entries_the_network_does_not_have_are_refused_unread(
    deep_valid: Path, tmp_path: Path, key: str
) -> None:
    """Adam has no ``h``; the config has three hidden layers; and nothing has ``notes``."""
    path = _with(deep_valid, tmp_path, **{key: _npy_declaring((10**12,))})
    message, peak = _refusal_and_peak(path)
    assert "holds entries a model file of its network does not have" in message
    assert key in message
    assert peak < SMALL_PEAK


def test_a_nan_in_a_running_variance_is_refused(deep_valid: Path, tmp_path: Path) -> None:
    running_var = np.ones(8)
    running_var[3] = np.nan
    path = _with(deep_valid, tmp_path, **{"buffer/running_var2": _npy(running_var)})
    assert "buffer/running_var2 holds 1 NaN or infinite values" in _refusal(path)


def test_the_deep_file_is_valid_and_bounded_by_its_own_config(deep_valid: Path) -> None:
    saved = load_model_file(deep_valid)
    assert saved.config == DEEP
    assert int(saved.optimizer_state["iter"]) == 4
    limits = max_entry_bytes(DEEP, 3)
    assert limits["W1"] == 784 * 2000 * 8
    assert limits["W2"] == limits["W3"] == limits["optimizer/v/W2"] == 2000 * 2000 * 8
    assert limits["W4"] == 2000 * 10 * 8
    assert limits["buffer/running_var3"] == limits["gamma1"] == 2000 * 8
    assert set(limits) >= {f"optimizer/{key}" for key in optimizer_shapes(DEEP)}


def test_a_zip_bomb_is_refused_before_it_is_inflated(valid: Path, tmp_path: Path) -> None:
    bomb = _npy(np.zeros((784, 4000)))  # 25 MB of zeros, deflated to about 25 kB
    path = _zip(tmp_path / "bomb.npz", _members(valid) | {"W1": bomb}, zipfile.ZIP_DEFLATED)
    assert path.stat().st_size < len(bomb) / 100

    message, peak = _refusal_and_peak(path)

    assert f"its W1 entry unpacks to {len(bomb):,} bytes" in message
    assert peak < SMALL_PEAK


def test_np_savez_compressed_bomb_in_the_metrics_is_refused(tmp_path: Path) -> None:
    """Bounded by the file's own config: 20 iterations make at most 20 losses."""
    network = TwoLayerNet(784, 7, 10, 0.5, rng=1)
    entries = dict(network.params)
    path = tmp_path / "bomb.npz"
    np.savez_compressed(
        path,
        **entries,
        format_version=np.array(2),
        config=np.array(json.dumps(CONFIG.to_dict())),
        metrics_losses=np.zeros(2_000_000),
        metrics_epochs=np.zeros((0, 4)),
        iterations_done=np.array(0),
        app=np.array("mnist-trainer"),
        extra=np.array("{}"),
    )
    message, peak = _refusal_and_peak(path)
    assert "its metrics_losses entry unpacks to 16,000,128 bytes" in message
    assert peak < SMALL_PEAK


def _set_declared_size(data: bytes, name: bytes, size: int) -> bytes:
    """``data`` with the uncompressed size of member ``name`` in its directory set to ``size``."""
    record = data.index(b"PK\x01\x02")
    while data[record + 46 : record + 46 + len(name)] != name:
        record = data.index(b"PK\x01\x02", record + 4)
    return data[: record + 24] + struct.pack("<L", size) + data[record + 28 :]


def test_a_declared_size_beyond_the_bound_is_refused(valid: Path, tmp_path: Path) -> None:
    path = tmp_path / "lying.npz"
    path.write_bytes(_set_declared_size(valid.read_bytes(), b"b1.npy", 3_000_000_000))
    message, peak = _refusal_and_peak(path)
    assert "its b1 entry unpacks to 3,000,000,000 bytes" in message
    assert peak < SMALL_PEAK


def test_a_declared_size_that_disagrees_with_the_header_is_damage(
    valid: Path, tmp_path: Path
) -> None:
    data = valid.read_bytes()
    true_size = len(_members(valid)["b1"])
    path = tmp_path / "lying.npz"
    path.write_bytes(_set_declared_size(data, b"b1.npy", true_size + 8))
    message = _refusal(path)
    assert "damaged or incomplete" in message
    assert f"its b1 entry holds {true_size - 128 + 8:,} bytes of data but its header" in message


def test_too_many_members_are_refused(valid: Path, tmp_path: Path) -> None:
    extra_members = {f"junk{n}": _npy(np.zeros(1)) for n in range(MAX_MEMBERS)}
    path = _zip(tmp_path / "many.npz", _members(valid) | extra_members)
    message, _ = _refusal_and_peak(path)
    assert "members in" in message
    assert f"more than {MAX_MEMBERS}" in message


def test_a_huge_table_of_contents_is_refused_before_zipfile_reads_it(
    valid: Path, tmp_path: Path
) -> None:
    data = valid.read_bytes()
    end = data.rindex(b"PK\x05\x06")
    lying = data[: end + 12] + struct.pack("<L", 400_000_000) + data[end + 16 :]
    path = tmp_path / "toc.npz"
    path.write_bytes(lying)
    assert "in 400,000,000 bytes of contents" in _refusal(path)


# -- what np.savez can write still loads -----------------------------------------------


def test_a_compressed_model_with_fortran_order_weights_loads(valid: Path, tmp_path: Path) -> None:
    with np.load(valid) as npz:
        entries = {key: npz[key] for key in npz.files}
    entries["W1"] = np.asfortranarray(entries["W1"])
    path = tmp_path / "compressed.npz"
    np.savez_compressed(path, **entries)

    saved = load_model_file(path)

    np.testing.assert_array_equal(saved.params["W1"], entries["W1"], strict=True)
    assert saved.iterations_done == 12
    assert saved.extra == json.loads(str(entries["extra"]))


# -- the largest model the settings allow ------------------------------------------------


def test_a_model_of_the_largest_settings_saves_and_loads(tmp_path: Path) -> None:
    hidden, iters_num = int(BOUNDS["hidden_size"].high), int(BOUNDS["iters_num"].high)
    config = TrainConfig(hidden_sizes=(hidden,), iters_num=iters_num, batch_size=60_000)
    network = TwoLayerNet(784, hidden, 10, 0.01, rng=0, dtype=np.float64)
    losses = np.linspace(2.3, 0.1, 3_000)
    epochs = [EpochEvent(e, e, 0.5, 0.5) for e in range(3_000)]  # one epoch per iteration
    path = tmp_path / "largest.npz"

    save_model_file(path, network, config, losses=losses, epochs=epochs, iterations_done=3_000)
    saved = load_model_file(path)

    assert saved.params["W1"].shape == (784, hidden)
    assert saved.config == config
    np.testing.assert_array_equal(saved.params["W1"], network.params["W1"])
    assert len(saved.losses) == 3_000
    assert saved.epochs == epochs


def test_save_refuses_what_the_loader_would_refuse(tmp_path: Path) -> None:
    path = tmp_path / "model.npz"
    network = TwoLayerNet(784, 7, 10, 0.5, rng=1)
    deep: dict = {}
    for _ in range(MAX_JSON_DEPTH):
        deep = {"a": deep}
    very_deep: list = []
    for _ in range(5_000):
        very_deep = [very_deep]
    cases = [
        ({"a": "x" * MAX_EXTRA_TEXT}, "extra entry is too long"),
        (deep, f"extra entry is nested more than {MAX_JSON_DEPTH} levels deep"),
        ({"a": very_deep}, "extra is not plain JSON data"),
    ]
    for extra, fragment in cases:
        with pytest.raises(ModelFileError, match=fragment):
            save_model_file(path, network, CONFIG, extra=extra)
    epochs = [EpochEvent(0, 0, 0.1, 0.1)] * (CONFIG.iters_num + 2)
    with pytest.raises(ModelFileError, match="metrics_epochs have 22 rows"):
        save_model_file(path, network, CONFIG, epochs=epochs, iterations_done=1)
    assert list(tmp_path.iterdir()) == []


# -- files that are not regular files, or not readable -----------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_a_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "model.npz"
    os.mkfifo(fifo)
    outcome: list[BaseException | object] = []

    def load() -> None:
        try:
            outcome.append(load_model_file(fifo))
        except BaseException as exc:
            outcome.append(exc)

    thread = threading.Thread(target=load, daemon=True)
    thread.start()
    thread.join(timeout=30)
    if thread.is_alive():  # the regression: unblock the reader by opening the other end
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        thread.join(timeout=30)
        pytest.fail("loading a FIFO blocked")
    assert len(outcome) == 1
    assert isinstance(outcome[0], ModelFileError)
    message = str(outcome[0])
    assert f"{fifo} is not a regular file (it is a named pipe (FIFO))" in message


def test_a_file_replaced_by_a_fifo_after_the_check_is_refused(
    valid: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Checked again once open: the file may have been swapped in between."""
    real_fstat = os.fstat

    def fstat_of_a_fifo(fd: int) -> os.stat_result:
        result = list(real_fstat(fd))
        result[0] = 0o010644  # S_IFIFO
        return os.stat_result(result)

    monkeypatch.setattr(npz_reader.os, "fstat", fstat_of_a_fifo)
    assert "is not a regular file (it is a named pipe (FIFO))" in _refusal(valid)


@pytest.mark.skipif(not Path("/dev/null").exists(), reason="no /dev/null")
def test_a_device_is_refused() -> None:
    with pytest.raises(ModelFileError, match=r"not a regular file \(it is a character device\)"):
        load_model_file("/dev/null")


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root may read any file"
)
def test_a_file_without_read_permission_says_so(valid: Path) -> None:
    valid.chmod(0)
    try:
        message = _refusal(valid)
    finally:
        valid.chmod(0o644)
    assert "you do not have permission to read it" in message


def test_a_permission_error_says_permission(valid: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> int:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(npz_reader.os, "open", refuse)
    message = _refusal(valid)
    assert "you do not have permission to read it" in message
    assert "read permission" in message


# -- names that would break a one-line message -------------------------------------------


def test_control_characters_in_the_path_are_escaped(valid: Path, tmp_path: Path) -> None:
    path = tmp_path / "bad\nname\x1b[2J.npz"
    path.write_bytes(valid.read_bytes()[:100])
    with pytest.raises(ModelFileError) as info:
        load_model_file(path)
    message = str(info.value)
    assert "\n" not in message
    assert "\x1b" not in message
    assert "bad\\nname\\x1b[2J.npz is damaged or incomplete" in message

    with pytest.raises(ModelFileError, match="does not exist") as info:
        load_model_file(tmp_path / "missing\r.npz")
    assert "missing\\r.npz" in str(info.value)


def test_a_nul_in_the_name_is_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ModelFileError, match="does not exist"):
        load_model_file(tmp_path / "a\0b.npz")


def test_member_names_from_the_file_are_escaped(tmp_path: Path) -> None:
    path = _zip(tmp_path / "foreign.npz", {"evil\nline": _npy(np.zeros(1))})
    message = _refusal(path)
    assert "it holds evil\\nline" in message
