# int() parsing strings in various bases.
print(int('42'), int(' -17 '), int('+5'), int('0'))
print(int('ff', 16), int('0xff', 16), int('777', 8), int('0o17', 0), int('0b11', 0), int('z', 36))
print(int('1_000'), int('123456789012345678901234567890'))
for bad in ('', 'abc', '1.5', '0x', '12a'):
    try:
        int(bad)
    except ValueError as e:
        print('ValueError', e)
