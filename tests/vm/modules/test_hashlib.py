"""hashlib digests match the real MicroPython (which builds sha256 in; sha1/md5 by flag)."""

from tests.vm.modules.differential import compare
from vm.modules.hashlib import module


def test_sha256_matches_the_real_vm():
    exprs = ["hashlib.sha256(b'abc').digest()", "hashlib.sha256().digest()",
             "hashlib.sha256('abc').digest()", "hashlib.sha256(1)"]
    assert compare("hashlib", exprs) == []


def test_update_then_digest_is_final():
    h = module.attrs["sha1"](b"a")
    h.update(b"bc")
    assert h.digest().hex() == "a9993e364706816aba3e25717850c26c9cd0d89d"
    assert module.attrs["md5"](b"abc").digest().hex() == "900150983cd24fb0d6963f7d28e17f72"
