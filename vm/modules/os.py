"""``os`` for the unix board: a host directory seen as the VM's whole filesystem.

The VM's filesystem root is ``vm.fs_root`` (a host directory; default: the host's ``/``,
as the real unix port sees it); paths never leave it (``..`` stops at the root).  The VM's
current directory ``vm.fs_cwd`` is a VM path (default: the host's cwd when it lies inside
the root, else ``/``).  Host errors become ``OSError(errno)`` with MicroPython's numbers.
"""

from __future__ import annotations

import errno as _errno
import os as _os
import posixpath

from vm.native import NativeModule
from vm.objects.typeinfo import type_name

module = NativeModule("os")
module.constant("sep", "/")

__all__ = ["module", "host_path", "vm_cwd", "os_error"]


def _root(vm: object) -> str:
    root = getattr(vm, "fs_root", None)
    return _os.path.realpath(root if root is not None else "/")


def vm_cwd(vm: object) -> str:
    """The VM's current directory (a VM path starting with ``/``)."""
    cwd = getattr(vm, "fs_cwd", None)
    if cwd is None:
        root = _root(vm)
        here = _os.path.realpath(_os.getcwd())
        if here == root or here.startswith(root.rstrip("/") + "/"):
            cwd = "/" + _os.path.relpath(here, root).replace(_os.sep, "/").lstrip(".")
        else:
            cwd = "/"
        cwd = posixpath.normpath(cwd) if cwd != "/" else "/"
        try:
            vm.fs_cwd = cwd  # type: ignore[union-attr]
        except AttributeError:
            pass
    return cwd


def host_path(vm: object, path: object) -> str:
    """The host path for VM path ``path`` (never outside the root)."""
    if isinstance(path, (bytes, bytearray)):
        path = bytes(path).decode()
    if not isinstance(path, str):
        raise TypeError(f"can't convert '{type_name(path)}' object to str implicitly")
    full = posixpath.normpath(posixpath.join(vm_cwd(vm), path))
    parts = [p for p in full.split("/") if p not in ("", ".")]
    clean: list[str] = []
    for p in parts:
        if p == "..":
            if clean:
                clean.pop()
        else:
            clean.append(p)
    return _os.path.join(_root(vm), *clean)


def os_error(exc: OSError) -> OSError:
    """A host OSError as MicroPython's ``OSError(errno)``."""
    code = exc.errno if exc.errno is not None else _errno.EIO
    return OSError(code)


def _wrap(fn):
    def call(*args):
        try:
            return fn(*args)
        except OSError as exc:
            if type(exc) is OSError and exc.args and len(exc.args) == 1:
                raise
            raise os_error(exc) from None
    call.__name__ = fn.__name__
    return call


def _install(vm: object, attrs: dict) -> None:
    @_wrap
    def listdir(path="."):
        return sorted(_os.listdir(host_path(vm, path)))

    @_wrap
    def ilistdir(path="."):
        base = host_path(vm, path)
        for name in sorted(_os.listdir(base)):
            st = _os.lstat(_os.path.join(base, name))
            kind = 0x4000 if _os.path.isdir(_os.path.join(base, name)) else 0x8000
            yield (name, kind, st.st_ino, st.st_size if kind == 0x8000 else 0)

    @_wrap
    def stat(path):
        st = _os.stat(host_path(vm, path))
        return (st.st_mode, st.st_ino, st.st_dev, st.st_nlink, st.st_uid, st.st_gid,
                st.st_size, int(st.st_atime), int(st.st_mtime), int(st.st_ctime))

    @_wrap
    def statvfs(path):
        space = getattr(vm, "filesystem", None)  # a board's flash (firmware/fs/space.py)
        if space is not None and _os.path.exists(host_path(vm, path)):
            return space.statvfs()
        st = _os.statvfs(host_path(vm, path))
        return (st.f_bsize, st.f_frsize, st.f_blocks, st.f_bfree, st.f_bavail, st.f_files,
                st.f_ffree, st.f_favail, st.f_flag, st.f_namemax)

    @_wrap
    def remove(path):
        _os.remove(host_path(vm, path))

    @_wrap
    def mkdir(path):
        _os.mkdir(host_path(vm, path))

    @_wrap
    def rmdir(path):
        _os.rmdir(host_path(vm, path))

    @_wrap
    def rename(old, new):
        _os.rename(host_path(vm, old), host_path(vm, new))

    def getcwd():
        return vm_cwd(vm)

    @_wrap
    def chdir(path):
        target = host_path(vm, path)
        if not _os.path.isdir(target):
            raise OSError(_errno.ENOENT if not _os.path.exists(target) else _errno.ENOTDIR)
        vm.fs_cwd = posixpath.normpath(posixpath.join(vm_cwd(vm), path))  # type: ignore

    env: dict[str, str] = getattr(vm, "environ", None) or {}

    def getenv(key, default=None):
        return env.get(key, default)

    def putenv(key, value):
        env[key] = value

    def unsetenv(key):
        env.pop(key, None)

    def urandom(n):
        return _os.urandom(n)

    for fn in (listdir, ilistdir, stat, statvfs, remove, mkdir, rmdir, rename, getcwd,
               chdir, getenv, putenv, unsetenv, urandom):
        fn.__mp_native__ = True  # type: ignore[attr-defined]
        attrs[fn.__name__] = fn
    attrs["unlink"] = remove


module.on_import = _install
