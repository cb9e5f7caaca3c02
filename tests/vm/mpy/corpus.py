"""Real mpy-cross output for the tests: our samples plus the conformance programs.

Each program is compiled by the real mpy-cross (``tools.oracles``) at most once: the .mpy
is cached on disk under the system temp folder, keyed by the source, the arguments and
the mpy-cross binary, so parallel test workers and later runs share it.
"""

from __future__ import annotations

import concurrent.futures
import functools
import hashlib
import os
import tempfile
from pathlib import Path

from tools.oracles import mpy_cross, mpy_cross_path

SAMPLES = Path(__file__).resolve().parent / "samples"
CONFORMANCE = Path(__file__).resolve().parents[2] / "conformance"
CACHE = Path(tempfile.gettempdir()) / "mote-mpy-cross-cache"
_REJECTED = b"rejected by mpy-cross"


def sources() -> list[Path]:
    """Our samples and every runnable conformance program that exists right now."""
    found = sorted(SAMPLES.glob("*.py"))
    if CONFORMANCE.is_dir():
        found += sorted(p for p in CONFORMANCE.glob("*/*.py")
                        if p.parent.name not in ("syntax_errors", "known_failures"))
    return found


@functools.lru_cache(maxsize=1)
def _tool_key() -> bytes:
    st = os.stat(mpy_cross_path())
    return f"{mpy_cross_path()}:{st.st_size}:{st.st_mtime_ns}".encode()


def _compile_source(source: bytes, name: str, args: tuple[str, ...]) -> bytes | None:
    key = hashlib.sha256(b"\0".join([_tool_key(), source, name.encode(),
                                     *(a.encode() for a in args)])).hexdigest()
    cached = CACHE / f"{key}.mpy"
    if cached.exists():
        data = cached.read_bytes()
        return None if data == _REJECTED else data
    CACHE.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="mote-mpy-") as tmp:
        src = Path(tmp) / name
        src.write_bytes(source)
        out = Path(tmp) / "out.mpy"
        proc = mpy_cross(src, out, "-s", name, *args)
        data = out.read_bytes() if proc.returncode == 0 else None
    partial = CACHE / f"{key}.{os.getpid()}.tmp"
    partial.write_bytes(_REJECTED if data is None else data)
    partial.replace(cached)  # atomic: parallel workers never see half a file
    return data


def compiled(path: Path, *args: str) -> bytes | None:
    """The real mpy-cross's .mpy for ``path`` (None if mpy-cross rejects the program).

    The file name stored in the .mpy is the bare name of ``path``."""
    return _compile_source(Path(path).read_bytes(), Path(path).name, args)


def compile_text(source: str, *args: str, name: str = "src.py") -> bytes:
    """Compile a source string with the real mpy-cross; it must compile."""
    data = _compile_source(source.encode(), name, args)
    assert data is not None, f"mpy-cross rejected:\n{source}"
    return data


@functools.lru_cache(maxsize=1)
def _all() -> tuple[tuple[str, bytes], ...]:
    paths = sources()
    with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(compiled, paths))
    return tuple((f"{p.parent.name}/{p.name}", d)
                 for p, d in zip(paths, results) if d is not None)


def all_compiled() -> list[tuple[str, bytes]]:
    """(name, .mpy bytes) for every source that mpy-cross accepts."""
    return list(_all())
