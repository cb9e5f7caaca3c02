"""``sys`` of the unix port."""

from vm.modules import load
from vm.runtime.repr import repr_value


class _Vm:
    argv = ["s.py", "a"]
    path = ["", ".frozen"]
    modules: dict = {}


def test_implementation_is_micropython_bytecode_only():
    s = load("sys", _Vm())
    assert s.implementation.name == "micropython"
    assert s.implementation._mpy == 774  # .mpy v6.3, no native architecture
    assert repr_value(s.implementation).startswith("(name='micropython', version=(1, 27, 0")


def test_per_vm_state_is_shared_with_the_vm():
    vm = _Vm()
    s = load("usys", vm)
    assert s.argv is vm.argv and s.path is vm.path and s.modules is vm.modules
    assert (s.platform, s.byteorder, s.maxsize) == ("linux", "little", 2**63 - 1)
    assert repr_value(s.stdout) == "<io.TextIOWrapper 1>"


def test_exit_raises_system_exit_with_code():
    s = load("sys", _Vm())
    try:
        s.exit(3)
    except SystemExit as exc:
        assert exc.args == (3,)
