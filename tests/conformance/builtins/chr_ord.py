# chr() and ord() across ASCII and Unicode.
print(ord('A'), ord('z'), ord('0'), ord(' '), ord('\n'), ord('é'), ord('€'))
print(chr(65), chr(97), repr(chr(10)), chr(233), chr(0x1F600) == '\U0001F600')
print([ord(c) for c in 'hi!'], ''.join(chr(c) for c in range(65, 71)))
try:
    ord('ab')
except TypeError as e:
    print('TypeError', e)
