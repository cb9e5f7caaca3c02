"""Freeze manifests in MicroPython's style: ``freeze``, ``module``, ``package``,
``include``, ``require``, ``metadata`` and ``options``.

A manifest is a Python file run with those functions in scope.  Paths may use
``$(MOTE_DIR)`` (the repository root; ``$(MPY_DIR)`` is an alias) and ``$(BOARD_DIR)``;
relative paths are relative to the manifest being run.  ``require(name)`` finds one of our
own packages at the top of the repository (e.g. ``uasyncio/``): it includes the package's
``manifest.py`` when it has one, otherwise freezes the whole package.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]

__all__ = ["FrozenModule", "ManifestError", "Manifest", "load_manifest"]


class ManifestError(Exception):
    """A manifest names something that does not exist, or freezes one module twice."""


@dataclass(frozen=True)
class FrozenModule:
    """One source file to freeze, and the path it gets inside the image."""

    source: Path
    target: str  # e.g. "uasyncio/core.py" (what the VM's import sees)
    opt: int | None = None

    @property
    def name(self) -> str:
        """Dotted module name; a package's ``__init__`` is named for the package."""
        parts = self.target[:-3].split("/")
        if parts[-1] == "__init__":
            parts.pop()
        return ".".join(parts)

    @property
    def is_package(self) -> bool:
        return self.target.endswith("/__init__.py")

    @property
    def mpy_target(self) -> str:
        """Path of the compiled module inside the image, e.g. ``uasyncio/core.mpy``."""
        return self.target[:-3] + ".mpy"


class _Options:
    """``options.x`` is None unless the caller set it (MicroPython's behaviour)."""

    def __init__(self, values: dict):
        self.__dict__.update(values)

    def __getattr__(self, name):
        return None


class Manifest:
    """Runs manifests and collects the modules they freeze."""

    def __init__(self, board_dir: Path | str | None = None,
                 lib_roots: list[Path] | None = None, root: Path | None = None,
                 options: dict | None = None):
        self.root = Path(root or REPO_ROOT)
        self.variables = {"MOTE_DIR": str(self.root), "MPY_DIR": str(self.root),
                          "BOARD_DIR": str(board_dir or "")}
        self.lib_roots = [Path(p) for p in (lib_roots or [self.root])]
        self.options = _Options(options or {})
        self.modules: dict[str, FrozenModule] = {}
        self.files: list[Path] = []  # every manifest run, for dependency tracking
        self.metadata_: dict = {}
        self._dirs: list[Path] = []

    # -- running ------------------------------------------------------------------------------

    def execute(self, path: Path | str) -> "Manifest":
        """Run one manifest file (or the ``manifest.py`` in a folder)."""
        path = Path(self._expand(str(path)))
        if path.is_dir():
            path = path / "manifest.py"
        if not path.is_file():
            raise ManifestError(f"manifest not found: {path}")
        self.files.append(path)
        scope = {"freeze": self.freeze, "module": self.module, "package": self.package,
                 "include": self.include, "require": self.require,
                 "metadata": self.metadata, "options": self.options,
                 "__file__": str(path)}
        self._dirs.append(path.parent)
        try:
            exec(compile(path.read_text(), str(path), "exec"), scope)
        finally:
            self._dirs.pop()
        return self

    def _expand(self, text: str) -> str:
        for key, value in self.variables.items():
            text = text.replace(f"$({key})", value)
        return text

    def _path(self, path: str | Path) -> Path:
        p = Path(self._expand(str(path)))
        if not p.is_absolute() and self._dirs:
            p = self._dirs[-1] / p
        return p.resolve()

    def _add(self, source: Path, target: str, opt: int | None) -> None:
        if not source.is_file():
            raise ManifestError(f"cannot freeze {source}: no such file")
        if not target.endswith(".py"):
            raise ManifestError(f"cannot freeze {source}: only .py sources are frozen")
        previous = self.modules.get(target)
        if previous is not None and previous.source != source:
            raise ManifestError(f"{target} is frozen twice: from {previous.source} "
                                f"and from {source}")
        self.modules[target] = FrozenModule(source, target, opt)

    def _add_tree(self, base: Path, sub: Path, opt: int | None) -> None:
        for src in sorted(sub.rglob("*.py")):
            if "__pycache__" not in src.parts:
                self._add(src, src.relative_to(base).as_posix(), opt)

    # -- the manifest API ---------------------------------------------------------------------

    def freeze(self, path: str, script: str | list | tuple | None = None,
               opt: int | None = None) -> None:
        """Freeze every .py under ``path`` (``script`` None), or the named file(s)/dir."""
        base = self._path(path)
        if script is None:
            if not base.is_dir():
                raise ManifestError(f"freeze: no such directory {base}")
            self._add_tree(base, base, opt)
            return
        for s in [script] if isinstance(script, str) else script:
            target = base / s
            if target.is_dir():
                self._add_tree(base, target, opt)
            else:
                self._add(target, Path(s).as_posix(), opt)

    def module(self, name: str, base_path: str = ".", opt: int | None = None) -> None:
        """Freeze one module file, ``<base_path>/<name>`` (name ends in ``.py``)."""
        base = self._path(base_path)
        self._add(base / name, Path(name).as_posix(), opt)

    def package(self, name: str, files: list | tuple | None = None, base_path: str = ".",
                opt: int | None = None) -> None:
        """Freeze package ``<base_path>/<name>/``: all of it, or only ``files`` in it."""
        base = self._path(base_path)
        pkg = base / name
        if not pkg.is_dir():
            raise ManifestError(f"package: no such directory {pkg}")
        if files is None:
            self._add_tree(base, pkg, opt)
        else:
            for f in files:
                self._add(pkg / f, f"{name}/{f}", opt)

    def include(self, manifest_path: str, **kwargs) -> None:
        """Run another manifest (a file, or a folder holding ``manifest.py``)."""
        saved = self.options
        if kwargs:
            self.options = _Options({**saved.__dict__, **kwargs})
        try:
            self.execute(self._path(manifest_path))
        finally:
            self.options = saved

    def require(self, name: str, library: str | None = None, **kwargs) -> None:
        """Freeze one of our own packages found at the top of a library root."""
        for root in self.lib_roots:
            pkg = root / name
            if (pkg / "manifest.py").is_file():
                self.include(str(pkg / "manifest.py"), **kwargs)
                return
            if (pkg / "__init__.py").is_file():
                self._dirs.append(root)
                try:
                    self.package(name, base_path=str(root))
                finally:
                    self._dirs.pop()
                return
            if (root / f"{name}.py").is_file():
                self._add(root / f"{name}.py", f"{name}.py", None)
                return
        raise ManifestError(f"require({name!r}): no package {name!r} in "
                            f"{', '.join(str(r) for r in self.lib_roots)}")

    def metadata(self, description: str | None = None, version: str | None = None,
                 license: str | None = None, author: str | None = None) -> None:
        """Record a package's metadata (kept for reports; has no effect on the image)."""
        self.metadata_ = {k: v for k, v in dict(description=description, version=version,
                                                  license=license, author=author).items() if v}


def load_manifest(path: Path | str, board_dir: Path | str | None = None,
                  lib_roots: list[Path] | None = None) -> Manifest:
    """Run a board's manifest; returns the :class:`Manifest` with ``.modules`` filled."""
    return Manifest(board_dir=board_dir or Path(path).parent, lib_roots=lib_roots).execute(path)
