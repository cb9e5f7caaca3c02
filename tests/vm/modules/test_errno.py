"""errno uses MicroPython's numbering (= Linux's) and names the same set as the real port.

The real VM we test against is a WASI build whose numbers are WASI's, so only the set of
names is compared with it; the numbers are checked against MicroPython's mperrno.h values.
"""

from tools.oracles import wasm_run
from vm.modules.errno import module


def test_same_names_as_the_real_port():
    res = wasm_run("import errno\nprint(sorted(n for n in dir(errno) if n[0] == 'E'))")
    ours = sorted(n for n in module.attrs if n.startswith("E"))
    assert res.stdout.strip() == repr(ours)


def test_numbers_and_errorcode():
    a = module.attrs
    assert (a["ENOENT"], a["EIO"], a["ENODEV"], a["EINVAL"], a["ETIMEDOUT"]) == (2, 5, 19, 22, 110)
    assert a["errorcode"][a["EAGAIN"]] == "EAGAIN"
    assert len(a["errorcode"]) == len([n for n in a if n.startswith("E")])
