"""Imports through the engine: .py and .mpy modules and packages, relative imports,
``from x import *``, builtin modules — compared with the real MicroPython importing the same
files from a directory."""

import os

import pytest

from tests.vm.interp.differential import run_mote, run_real
from tools.oracles import mpy_cross

FILES = {
    "mod_a.py": "X = 1\ndef hello(n):\n    return 'hello %d' % n\n_private = 2\n",
    "pkg/__init__.py": "print('pkg init')\nVALUE = 'pkg'\n",
    "pkg/sub.py": "from . import sibling\nfrom .sibling import S\nNAME = 'sub' + S\n",
    "pkg/sibling.py": "S = '+sib'\n",
    "pkg/deep/__init__.py": "from .. import VALUE as V\n",
    "pkg/deep/leaf.py": "from ..sub import NAME\nLEAF = NAME + '!'\n",
    "compiled_src.py": "def triple(x):\n    return 3 * x\nclass K:\n    k = 'K'\n",
}

PROGRAM = """
import sys
sys.path.insert(0, DIR)
import mod_a
print(mod_a.X, mod_a.hello(2))
from mod_a import *
print(hello(3), X)
try:
    print(_private)
except NameError:
    print('no private')
import pkg.sub
print(pkg.VALUE, pkg.sub.NAME)
from pkg.deep import leaf
print(leaf.LEAF)
import pkg.deep
print(pkg.deep.V)
import compiled
print(compiled.triple(5), compiled.K.k)
import mod_a as again
print(again is mod_a, 'mod_a' in sys.modules)
try:
    import does_not_exist
except ImportError as e:
    print('ImportError', e)
try:
    from mod_a import nothing
except ImportError as e:
    print('ImportError', e)
import math
print(math.sqrt(16))
"""


@pytest.fixture(scope="module")
def tree(tmp_path_factory):
    root = tmp_path_factory.mktemp("imports")
    for name, text in FILES.items():
        p = root / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text)
    # An .mpy module made by the real mpy-cross (no .py of that name next to it).
    src = root / "compiled_src.py"
    res = mpy_cross(src, root / "compiled.mpy")
    assert res.returncode == 0, res.stderr
    src.unlink()
    return root


def test_imports_match_micropython(tree):
    expected = run_real(PROGRAM.replace("DIR", "'/input'"), input_dir=tree)
    got = run_mote(PROGRAM.replace("DIR", repr(str(tree))))
    assert got == expected


def test_module_globals_hold_only_micropython_names(tree):
    got = run_mote(f"import sys\nsys.path.insert(0, {str(tree)!r})\nimport mod_a\n"
                   "print(sorted(k for k in mod_a.__dict__ if k.startswith('__')))")
    assert got == "['__file__', '__name__']\n"
    assert os.path.exists(tree / "compiled.mpy")
