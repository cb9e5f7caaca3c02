# bytearray methods shared with bytes, plus in-place mutation.
ba = bytearray(b'a,b,c')
print(ba.split(b','), ba.find(b'b'), ba.decode(), ba.startswith(b'a,'))
ba.extend(bytearray(2))
print(ba, len(ba))
ba.append(0x21)
print(ba[-1], bytes(ba[-3:]))
print(bytearray(b'xy') + bytearray(b'z'))
