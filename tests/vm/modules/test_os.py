"""``os`` and ``io.open`` see only the configured root directory."""

import pytest

from vm.modules import load


class _Vm:
    def __init__(self, root):
        self.fs_root = str(root)


def test_files_live_under_the_root_and_dotdot_stops_there(tmp_path):
    vm = _Vm(tmp_path)
    os_ = load("os", vm)
    io_ = load("io", vm)
    os_.mkdir("d")
    with io_.open("/d/../../../f.txt", "w") as f:
        f.write("hi")
    assert (tmp_path / "f.txt").read_text() == "hi"
    assert os_.listdir("/") == ["d", "f.txt"]
    os_.chdir("d")
    assert os_.getcwd() == "/d"
    assert io_.open("../f.txt").read() == "hi"


def test_missing_file_is_oserror_enoent(tmp_path):
    io_ = load("io", _Vm(tmp_path))
    with pytest.raises(OSError) as info:
        io_.open("nope")
    assert type(info.value) is OSError and info.value.args == (2,)


def test_stringio_and_bytesio():
    io_ = load("io", None)
    s = io_.StringIO("ab")
    assert s.read() == "ab"
    b = io_.BytesIO()
    b.write(b"x")
    assert b.getvalue() == b"x"
