# int methods and attributes.
print(hasattr(5, 'bit_length'), int('12') + 1)
print(int.from_bytes(b'\x00\x10', 'big'))
print(int.from_bytes(b'\x01', 'little') + 5)
