"""binascii agrees with the real MicroPython."""

from tests.vm.modules.differential import compare

EXPRS = [
    "binascii.hexlify(b'ab')", "binascii.hexlify(b'ab', b'-')", "binascii.hexlify(b'')",
    "binascii.hexlify(bytearray(b'\\x00\\xff'))", "binascii.unhexlify('6162')",
    "binascii.unhexlify(b'6162')", "binascii.unhexlify('616')", "binascii.unhexlify('zz')",
    "binascii.b2a_base64(b'hello')", "binascii.b2a_base64(b'hello', newline=False)",
    "binascii.b2a_base64(b'')", "binascii.a2b_base64('aGVsbG8=')",
    "binascii.a2b_base64('aGVsbG8')", "binascii.a2b_base64(b'aGVs\\nbG8=')",
    "binascii.crc32(b'hello')", "binascii.crc32(b'hello', 5)", "binascii.crc32(b'')",
    "binascii.hexlify(1)",
]


def test_binascii_matches_the_real_vm():
    assert compare("binascii", EXPRS) == []
