"""``io``: StringIO, BytesIO and ``open`` (files of the unix board's filesystem root)."""

from __future__ import annotations

import io as _io

from vm.modules.os import host_path, os_error
from vm.native import NativeModule

module = NativeModule("io")

__all__ = ["module", "StringIO", "BytesIO", "FileIO", "TextIOWrapper", "open_file",
           "StdStream"]


@module.type
class StringIO(_io.StringIO):
    """In-memory text stream."""

    __mp_name__ = "StringIO"

    def __init__(self, initial="", *args):
        super().__init__(initial if isinstance(initial, str) else "")

    def __mp_repr__(self) -> str:
        return f"<io.StringIO {id(self) >> 4:x}>"


@module.type
class BytesIO(_io.BytesIO):
    """In-memory binary stream."""

    __mp_name__ = "BytesIO"

    def __init__(self, initial=b"", *args):
        super().__init__(bytes(initial) if not isinstance(initial, int) else b"")

    def __mp_repr__(self) -> str:
        return f"<io.BytesIO {id(self) >> 4:x}>"


@module.type
class IOBase:
    """Base class for streams written in Python (MicroPython's ``io.IOBase``)."""

    __mp_name__ = "IOBase"


class _File:
    """A file of the VM's filesystem (wraps a host file object)."""

    __mp_name__ = "FileIO"

    def __init__(self, host, fd: int) -> None:
        self._f = host
        self._fd = fd
        self._space = None  # (FlashSpace, host path, committed size) on a board's flash

    def __mp_repr__(self) -> str:
        return f"<io.{self.__mp_name__} {self._fd}>"

    def _call(self, name, *args):
        try:
            return getattr(self._f, name)(*args)
        except ValueError:
            raise OSError(9) from None  # EBADF: closed file
        except OSError as exc:
            raise os_error(exc) from None

    def read(self, *args):
        return self._call("read", *args)

    def readinto(self, buf, *args):
        return self._call("readinto", buf)

    def readline(self, *args):
        return self._call("readline", *args)

    def readlines(self):
        return self._call("readlines")

    def write(self, data):
        if self._space is not None:
            space, path, committed = self._space
            n = len(data.encode()) if isinstance(data, str) else len(data)
            space.check_write(self._f, path, committed, n)  # ENOSPC when the flash is full
        return self._call("write", data)

    def seek(self, *args):
        return self._call("seek", *args)

    def tell(self):
        return self._call("tell")

    def flush(self):
        return self._call("flush")

    def close(self):
        self._f.close()

    def fileno(self):
        return self._fd

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __del__(self):
        try:
            self._f.close()
        except Exception:  # noqa: BLE001 - best effort at collection time
            pass


@module.type
class FileIO(_File):
    __mp_name__ = "FileIO"


@module.type
class TextIOWrapper(_File):
    __mp_name__ = "TextIOWrapper"


def open_file(vm: object, path: object, mode: str = "r") -> _File:
    """``open(path, mode)`` on the VM's filesystem."""
    if not isinstance(mode, str) or any(c not in "rwabt+x" for c in mode):
        raise ValueError("invalid mode")
    binary = "b" in mode
    host_mode = mode.replace("t", "")
    if not binary:
        host_mode = host_mode.replace("b", "")
    space = getattr(vm, "filesystem", None)  # a board's flash (firmware/fs/space.py)
    hpath = host_path(vm, path)
    writing = space is not None and any(c in mode for c in "wax+")
    committed = space.opened(hpath) if writing else 0
    try:
        f = open(hpath, host_mode if binary else host_mode,
                 encoding=None if binary else "utf-8", newline=None if binary else "")
    except OSError as exc:
        raise os_error(exc) from None
    cls = FileIO if binary else TextIOWrapper
    obj = cls(f, f.fileno())
    if writing:
        obj._space = (space, hpath, committed)
    return obj


class StdStream:
    """``sys.stdin``/``stdout``/``stderr``: a VM view of a host text stream."""

    __mp_name__ = "TextIOWrapper"

    def __init__(self, host, fd: int) -> None:
        self._host = host
        self._fd = fd

    def __mp_repr__(self) -> str:
        return f"<io.TextIOWrapper {self._fd}>"

    def write(self, s):
        if isinstance(s, (bytes, bytearray)):
            s = bytes(s).decode("utf-8", "replace")
        self._host.write(s)
        return len(s)

    def read(self, *args):
        return self._host.read(*args)

    def readline(self, *args):
        return self._host.readline(*args)

    def flush(self):
        if hasattr(self._host, "flush"):
            self._host.flush()

    def fileno(self):
        return self._fd

    @property
    def buffer(self):
        return _BinaryView(self._host, self._fd)


class _BinaryView:
    __mp_name__ = "FileIO"

    def __init__(self, host, fd: int) -> None:
        self._host = host
        self._fd = fd

    def __mp_repr__(self) -> str:
        return f"<io.FileIO {self._fd}>"

    def write(self, b):
        raw = getattr(self._host, "buffer", None)
        if raw is not None:
            self._host.flush()
            n = raw.write(bytes(b))
            raw.flush()
            return n
        self._host.write(bytes(b).decode("utf-8", "replace"))
        return len(b)

    def read(self, *args):
        raw = getattr(self._host, "buffer", None)
        if raw is not None:
            return raw.read(*args)
        return self._host.read(*args).encode()


def _install(vm: object, attrs: dict) -> None:
    def open_(file, mode="r", *args, **kwargs):
        return open_file(vm, file, mode)
    open_.__mp_native__ = True  # type: ignore[attr-defined]
    attrs["open"] = open_


module.on_import = _install
