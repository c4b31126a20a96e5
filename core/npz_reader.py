"""Reading the arrays of an ``.npz`` that may be damaged or hostile, sizes checked first.

``open_regular_file`` opens only a regular file: a FIFO would block the
reader for good, a device like ``/dev/zero`` would never end.

``np.load`` believes what an archive declares: a member whose ``.npy`` header
says ``(100000, 100000)`` is allocated as such, a tiny compressed member is
inflated to whatever it holds, and a damaged header can raise almost any
exception (``tokenize.TokenError``, ``SyntaxError``, ``struct.error``...).
``NpzArchive`` reads member by member, each within a byte limit its caller
gives, and checks before it decompresses any data:

1. the archive's end record: how many members and how large a table of
   contents it declares (``zipfile`` reads the whole table at once);
2. the member's declared uncompressed size (``ZipInfo.file_size``);
3. the member's ``.npy`` header: shape and dtype, so the data's size;

and the size in 2 must be the header's length plus the size from 3. Any failure to parse raises
``DamagedArchive``; a member too large for its limit, ``EntryTooLarge``; a
member of Python objects (stored with pickle, which can run code), ``PickledEntry``.
"""

from __future__ import annotations

import contextlib
import errno
import math
import os
import stat
import struct
import zipfile
from collections.abc import Iterator
from types import TracebackType
from typing import IO

import numpy as np
from numpy.lib import format as npy_format

from core.phrase import QT_TRANSLATE_NOOP, Phrase

MAX_HEADER_SIZE = 10_000
"""The longest ``.npy`` header read (numpy's own default limit)."""
_NPY_PREAMBLE = 12  # magic (6), version (2), header length (4 in format 2.0)

_END_RECORD = struct.Struct("<4s4H2LH")  # signature, disks, entries, directory size/offset
_END_SIGNATURE = b"PK\x05\x06"
_ZIP64_LOCATOR = b"PK\x06\x07"
_LOCATOR_SIZE = 20
_MAX_COMMENT = 0xFFFF
_DIRECTORY_BYTES_PER_MEMBER = 256  # a 46-byte record, a short name and a zip64 extra field

# Opening a FIFO to read blocks until a writer comes; O_NONBLOCK does not, and
# changes nothing for a regular file.
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
CONTEXT = "ModelFile"
"""The translation context of this module's sentences (``core.phrase``)."""


def _phrase(template: str, **values: object) -> Phrase:
    return Phrase(CONTEXT, template, **values)


_SPECIAL_KINDS = {
    stat.S_ISFIFO: _phrase(QT_TRANSLATE_NOOP("ModelFile", "a named pipe (FIFO)")),
    stat.S_ISCHR: _phrase(QT_TRANSLATE_NOOP("ModelFile", "a character device")),
    stat.S_ISBLK: _phrase(QT_TRANSLATE_NOOP("ModelFile", "a block device")),
    stat.S_ISSOCK: _phrase(QT_TRANSLATE_NOOP("ModelFile", "a socket")),
}
_READ_CHUNK = 1 << 20
_MAX_DETAIL = 200


class NotRegularFile(OSError):
    """The path is a FIFO, a device, a socket or another special file.

    ``str(error)`` names the kind, e.g. "a named pipe (FIFO)".
    """


def open_regular_file(path: str | os.PathLike[str]) -> IO[bytes]:
    """``path`` opened to read bytes, if it is a regular file.

    Parameters
    ----------
    path : path
        The file; a link to a regular file is followed.

    Returns
    -------
    binary file
        Open, at its start; the caller closes it.

    Raises
    ------
    NotRegularFile
        It is a special file; checked before opening and again once open, in
        case it was replaced in between.
    IsADirectoryError, FileNotFoundError, PermissionError, OSError
        As ``open`` raises them (also FileNotFoundError for a name holding NUL).
    """
    try:
        _check_regular(path, os.stat(path).st_mode)
        file = open(os.open(path, _OPEN_FLAGS), "rb")  # noqa: SIM115  (returned to the caller)
    except ValueError:  # a NUL character in the name: no file can have it
        raise FileNotFoundError(errno.ENOENT, "no such file", os.fsdecode(path)) from None
    try:
        _check_regular(path, os.fstat(file.fileno()).st_mode)
    except BaseException:
        file.close()
        raise
    return file


def _check_regular(path: str | os.PathLike[str], mode: int) -> None:
    if stat.S_ISDIR(mode):
        raise IsADirectoryError(errno.EISDIR, "is a folder", os.fsdecode(path))
    if not stat.S_ISREG(mode):
        kind = next((kind for test, kind in _SPECIAL_KINDS.items() if test(mode)), None)
        special = _phrase(QT_TRANSLATE_NOOP("ModelFile", "a special file"))
        raise NotRegularFile(kind or special)


class ArchiveError(ValueError):
    """The archive cannot be read safely; the message says why, without the path."""


class DamagedArchive(ArchiveError):
    """The archive or one of its members cannot be parsed: cut short, corrupted, or no zip."""


class EntryTooLarge(ArchiveError):
    """The archive declares more members, or a member more data, than the caller allows."""


class PickledEntry(ArchiveError):
    """A member holds Python objects, which only unpickling (that can run code) would read."""

    def __init__(self, key: str) -> None:
        super().__init__(
            _phrase(
                QT_TRANSLATE_NOOP(
                    "ModelFile", "its {key} entry holds Python objects (stored with pickle)"
                ),
                key=key,
            )
        )
        self.key = key


class NpzArchive:
    """The members of an open ``.npz`` file, read one at a time within limits.

    Parameters
    ----------
    file : binary file, seekable
        The archive; it stays open when the ``NpzArchive`` is closed.
    max_members : int
        The most members the archive may declare.

    Raises
    ------
    DamagedArchive, EntryTooLarge
        As described in the module docstring.
    """

    def __init__(self, file: IO[bytes], max_members: int) -> None:
        with _damage_reported():
            _check_end_record(file, max_members)
            self._zip = zipfile.ZipFile(file)
        members = self._zip.infolist()
        if len(members) > max_members:
            self._zip.close()
            raise EntryTooLarge(
                _phrase(
                    QT_TRANSLATE_NOOP("ModelFile", "it has {count} members, more than {most}"),
                    count=f"{len(members):,}",
                    most=f"{max_members:,}",
                )
            )
        self._members = {_key(member.filename): member for member in members}

    def __enter__(self) -> NpzArchive:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._zip.close()

    def keys(self) -> list[str]:
        """The names of the members without ``.npy``, as ``np.load(...).files`` has them."""
        return list(self._members)

    def read(self, key: str, max_bytes: int) -> np.ndarray:
        """The array ``key`` if it holds at most ``max_bytes`` bytes (and values).

        Parameters
        ----------
        key : str
            One of ``keys()``.
        max_bytes : int
            The most bytes of data the array may have; also the most values, so
            that a dtype of size 0 cannot declare a shape of any size.

        Returns
        -------
        ndarray
            The array, writable, with the shape and dtype its header declares.

        Raises
        ------
        DamagedArchive, EntryTooLarge, PickledEntry
            Before any of the member's data is decompressed, except for damage
            found in the data itself (a wrong CRC, data cut short).
        """
        member = self._members[key]
        limit = max_bytes + MAX_HEADER_SIZE + _NPY_PREAMBLE
        if member.file_size > limit:
            raise EntryTooLarge(
                _phrase(
                    QT_TRANSLATE_NOOP(
                        "ModelFile",
                        "its {key} entry unpacks to {size} bytes, more than the {most} it may have",
                    ),
                    key=key,
                    size=f"{member.file_size:,}",
                    most=f"{limit:,}",
                )
            )
        with _damage_reported(), self._zip.open(member) as stream:
            shape, fortran_order, dtype = _read_header(stream)
            count, size = _declared_size(key, shape, dtype, max_bytes)
            if member.file_size != stream.tell() + size:
                raise DamagedArchive(
                    _phrase(
                        QT_TRANSLATE_NOOP(
                            "ModelFile",
                            "its {key} entry holds {size} bytes of data but its header "
                            "declares {declared}",
                        ),
                        key=key,
                        size=f"{member.file_size - stream.tell():,}",
                        declared=f"{size:,}",
                    )
                )
            data = _read_exactly(stream, size)
            array = np.frombuffer(data, dtype=dtype, count=count)
            if fortran_order:
                return array.reshape(shape[::-1]).transpose()
            return array.reshape(shape)


@contextlib.contextmanager
def _damage_reported() -> Iterator[None]:
    """Turn whatever parsing a damaged archive raises into DamagedArchive."""
    try:
        yield
    except ArchiveError:
        raise
    except Exception as exc:  # zipfile and numpy raise many kinds on damaged input
        raise DamagedArchive(_detail(exc)) from None


def _detail(exc: Exception) -> str:
    """The exception as one short line: no line breaks, no control characters."""
    text = " ".join(str(exc).split()) or type(exc).__name__
    text = "".join(char if char.isprintable() else "?" for char in text)
    return text if len(text) <= _MAX_DETAIL else text[: _MAX_DETAIL - 3] + "..."


def _check_end_record(file: IO[bytes], max_members: int) -> None:
    """Refuse an archive whose table of contents is too large, before zipfile reads it.

    Finds the end record as ``zipfile`` does: in the last 22 bytes, else the
    last one within a comment's reach of the end.
    """
    file.seek(0, os.SEEK_END)
    end = file.tell()
    start = max(0, end - _END_RECORD.size - _MAX_COMMENT - _LOCATOR_SIZE)
    file.seek(start)
    tail = file.read()
    at = len(tail) - _END_RECORD.size
    if not (tail[at:].startswith(_END_SIGNATURE) and tail.endswith(b"\0\0")):
        at = tail.rfind(_END_SIGNATURE)
    if at < 0 or at + _END_RECORD.size > len(tail):
        return  # no end record: zipfile says it is no zip file
    if tail[max(0, at - _LOCATOR_SIZE) : at].startswith(_ZIP64_LOCATOR):
        raise EntryTooLarge(
            _phrase(
                QT_TRANSLATE_NOOP(
                    "ModelFile",
                    "it uses zip64 records, which only archives of 4 GB or 65,535 members need",
                )
            )
        )
    members, directory_size = _END_RECORD.unpack_from(tail, at)[4:6]
    if members > max_members or directory_size > max_members * _DIRECTORY_BYTES_PER_MEMBER:
        raise EntryTooLarge(
            _phrase(
                QT_TRANSLATE_NOOP(
                    "ModelFile",
                    "it declares {count} members in {size} bytes of contents, more than {most}",
                ),
                count=f"{members:,}",
                size=f"{directory_size:,}",
                most=f"{max_members:,}",
            )
        )


def _key(filename: str) -> str:
    return filename.removesuffix(".npy")


def _read_header(stream: IO[bytes]) -> tuple[tuple[int, ...], bool, np.dtype]:
    """Shape, Fortran order and dtype from the ``.npy`` header at the start of ``stream``."""
    version = npy_format.read_magic(stream)
    if version == (1, 0):
        return npy_format.read_array_header_1_0(stream, max_header_size=MAX_HEADER_SIZE)
    if version == (2, 0):
        return npy_format.read_array_header_2_0(stream, max_header_size=MAX_HEADER_SIZE)
    raise DamagedArchive(
        _phrase(
            QT_TRANSLATE_NOOP("ModelFile", ".npy format {version} is not read here"),
            version=f"{version[0]}.{version[1]}",
        )
    )


def _declared_size(
    key: str, shape: tuple[int, ...], dtype: np.dtype, max_bytes: int
) -> tuple[int, int]:
    """``(values, bytes)`` the header declares, if they are within ``max_bytes``."""
    if dtype.hasobject:
        raise PickledEntry(key)
    if any(length < 0 for length in shape):
        raise DamagedArchive(
            _phrase(
                QT_TRANSLATE_NOOP("ModelFile", "its {key} entry declares the shape {shape}"),
                key=key,
                shape=str(shape),
            )
        )
    count = math.prod(shape)
    size = count * dtype.itemsize
    if count > max_bytes or size > max_bytes:
        raise EntryTooLarge(
            _phrase(
                QT_TRANSLATE_NOOP(
                    "ModelFile",
                    "its {key} entry declares {dtype} {shape} ({size} bytes), "
                    "more than the {most} bytes it may have",
                ),
                key=key,
                dtype=str(dtype),
                shape=str(shape),
                size=f"{size:,}",
                most=f"{max_bytes:,}",
            )
        )
    return count, size


def _read_exactly(stream: IO[bytes], size: int) -> bytearray:
    """``size`` bytes from ``stream``, read in chunks into one buffer."""
    data = bytearray(size)
    view = memoryview(data)
    done = 0
    while done < size:
        # A zip member is a BufferedIOBase, which has readinto (typeshed calls it IO[bytes]).
        got = stream.readinto(view[done : done + _READ_CHUNK])  # type: ignore[attr-defined]
        if not got:
            raise DamagedArchive(
                _phrase(
                    QT_TRANSLATE_NOOP("ModelFile", "the data ends after {done} of {size} bytes"),
                    done=f"{done:,}",
                    size=f"{size:,}",
                )
            )
        done += got
    return data
