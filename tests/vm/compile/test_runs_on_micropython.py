"""Our .mpy files load and run on the real MicroPython with the same output as the source."""

import pytest

from tests.vm.compile.snippets import SNIPPETS
from tools.oracles import wasm_run
from vm.compile import compile_source
from vm.mpy.writer import dump

RUNNABLE = ["loops", "funcs", "classes", "closure", "comps", "exprs", "strings", "async",
            "exc", "globals"]


@pytest.mark.parametrize("name", RUNNABLE)
def test_compiled_module_runs_like_its_source(name, tmp_path):
    source = SNIPPETS[name].replace("open('x') if False else None", "None")
    if "with None as q" in source:
        source = source.replace("with None as q:\n    pass\n", "")
    src_dir, mpy_dir = tmp_path / "src", tmp_path / "mpy"
    src_dir.mkdir()
    mpy_dir.mkdir()
    (src_dir / "m.py").write_text(source)
    (mpy_dir / "m.mpy").write_bytes(dump(compile_source(source, "m.py")))
    code = "import sys; sys.path.insert(0, '/input'); import m"
    expected = wasm_run(code, input_dir=src_dir)
    ours = wasm_run(code, input_dir=mpy_dir)
    assert expected.trapped is None and ours.trapped is None
    assert ours.stdout == expected.stdout
    assert ours.exit_code == expected.exit_code
