"""struct agrees with the real MicroPython (a 32-bit board), leniencies included."""

from tests.vm.modules.differential import compare

EXPRS = [
    "struct.calcsize('i')", "struct.calcsize('bi')", "struct.calcsize('<bi')",
    "struct.calcsize('P')", "struct.calcsize('l')", "struct.calcsize('q')",
    "struct.calcsize('bq')", "struct.calcsize('@bd')", "struct.calcsize('3s')",
    "struct.calcsize('2x')", "struct.calcsize('e')", "struct.calcsize('?')",
    "struct.calcsize('>bhi')", "struct.calcsize('bhi')", "struct.calcsize('10b')",
    "struct.pack('<hH', -1, 65535)", "struct.pack('>I', 1)", "struct.pack('<b', 200)",
    "struct.pack('<B', -1)", "struct.pack('<B', 256)", "struct.pack('<i', 2**40)",
    "struct.pack('<h')", "struct.pack('<h', 1, 2)", "struct.pack('3s', b'abcdef')",
    "struct.pack('5s', b'ab')", "struct.pack('<f', 1.5)", "struct.pack('<d', 0.1)",
    "struct.pack('<2h', 1, 2)", "struct.pack('<x')", "struct.pack('z', 1)",
    "struct.pack('<i', 1.5)", "struct.pack('<i', 'a')", "struct.pack('<s', 'ab')",
    "struct.pack('bhi', 1, 2, 3)", "struct.pack('>hd', 7, 2.5)",
    "struct.unpack('<hH', b'\\xff\\xff\\xff\\xff')", "struct.unpack('<i', b'\\x01\\x02')",
    "struct.unpack('<Q', b'\\xff' * 8)", "struct.unpack('<q', b'\\xff' * 8)",
    "struct.unpack('>f', b'?\\xc0\\x00\\x00')", "struct.unpack_from('<h', b'\\x00\\x01\\x02', 1)",
    "struct.unpack_from('<h', b'\\x00\\x01\\x02', -2)",
    "struct.unpack_from('<h', b'\\x00\\x01\\x02', 2)", "struct.unpack('2s', b'ab')",
    "struct.unpack('<i', b'\\x01\\x02\\x03\\x04\\x05')", "struct.unpack('<e', b'\\x00\\x3c')",
    "struct.unpack('<3B', bytearray(b'abc'))", "struct.unpack('<hi', b'\\x01\\x00\\x02\\x00\\x00\\x00')",
    "struct.pack_into('<h', bytearray(4), 1, 258)", "struct.pack_into('<hh', bytearray(6), 4, 1, 2)",
]


def test_struct_matches_the_real_vm():
    assert compare("struct", EXPRS) == []
