"""Freeze manifests behave like MicroPython's: freeze, module, package, include, require."""

import pytest

from firmware.build.manifest import Manifest, ManifestError, load_manifest


def write(path, text=""):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


@pytest.fixture
def tree(tmp_path):
    write(tmp_path / "app" / "main.py", "print(1)\n")
    write(tmp_path / "app" / "lib" / "util.py")
    write(tmp_path / "pkgs" / "drv" / "__init__.py")
    write(tmp_path / "pkgs" / "drv" / "bus.py")
    write(tmp_path / "lib" / "mylib" / "__init__.py")
    write(tmp_path / "lib" / "mylib" / "host_only.py")
    write(tmp_path / "lib" / "withman" / "__init__.py")
    write(tmp_path / "lib" / "withman" / "a.py")
    write(tmp_path / "lib" / "withman" / "skip.py")
    write(tmp_path / "lib" / "withman" / "manifest.py", 'package("withman", files=["__init__.py", '
          '"a.py"], base_path="..")\n')
    return tmp_path


def run(tree, text):
    m = write(tree / "board" / "manifest.py", text)
    return Manifest(board_dir=tree / "board", lib_roots=[tree / "lib"]).execute(m)


def test_freeze_a_directory_keeps_relative_paths(tree):
    m = run(tree, 'freeze("../app")\n')
    assert sorted(m.modules) == ["lib/util.py", "main.py"]
    assert m.modules["lib/util.py"].name == "lib.util"


def test_freeze_one_script_and_module(tree):
    m = run(tree, 'freeze("../app", "main.py")\nmodule("util.py", base_path="../app/lib")\n')
    assert sorted(m.modules) == ["main.py", "util.py"]


def test_package_is_frozen_whole_and_named_for_the_package(tree):
    m = run(tree, 'package("drv", base_path="../pkgs")\n')
    assert sorted(m.modules) == ["drv/__init__.py", "drv/bus.py"]
    assert m.modules["drv/__init__.py"].name == "drv"
    assert m.modules["drv/__init__.py"].is_package


def test_require_uses_the_package_manifest_when_it_has_one(tree):
    assert sorted(run(tree, 'require("withman")\n').modules) == [
        "withman/__init__.py", "withman/a.py"]
    assert sorted(run(tree, 'require("mylib")\n').modules) == [
        "mylib/__init__.py", "mylib/host_only.py"]


def test_include_runs_another_manifest_relative_to_itself(tree):
    write(tree / "shared" / "manifest.py", 'freeze("../app", "main.py")\n')
    m = run(tree, 'include("$(BOARD_DIR)/../shared")\n')
    assert list(m.modules) == ["main.py"]
    assert len(m.files) == 2


def test_options_default_to_none_and_metadata_is_recorded(tree):
    m = run(tree, 'metadata(version="1.0")\nif options.extra is None:\n'
                  '    freeze("../app", "main.py")\n')
    assert list(m.modules) == ["main.py"] and m.metadata_ == {"version": "1.0"}


@pytest.mark.parametrize("text, message", [
    ('require("nosuch")\n', "require('nosuch')"),
    ('freeze("../app", "absent.py")\n', "no such file"),
    ('freeze("../app", "main.py")\nmodule("main.py", base_path="../app/lib")\n', None),
    ('include("../nowhere.py")\n', "manifest not found"),
])
def test_mistakes_are_reported(tree, text, message):
    if message is None:  # same target from two different files
        write(tree / "app" / "lib" / "main.py")
        message = "frozen twice"
    with pytest.raises(ManifestError, match=message.replace("(", r"\(").replace(")", r"\)")):
        run(tree, text)


def test_every_board_manifest_loads():
    from boards.registry import board_names, load_board
    for name in board_names():
        board = load_board(name)
        modules = load_manifest(board.manifest).modules
        assert "inisetup.py" in modules
        assert ("uasyncio/__init__.py" in modules) == (name != "microbit")
