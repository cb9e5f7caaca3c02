# int.from_bytes and int.to_bytes.
print(int.from_bytes(b'\x01\x02', 'big'), int.from_bytes(b'\x01\x02', 'little'))
print(int.from_bytes(b'\xff\xff\xff\xff\xff\xff\xff\xff\xff', 'big'))
print((1025).to_bytes(2, 'big'), (1025).to_bytes(4, 'little'))
print((2 ** 70).to_bytes(9, 'big'))
print(int.from_bytes(bytes(0), 'little'))
