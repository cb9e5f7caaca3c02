# bytes methods shared with str.
b = b'  Hello, World  '
print(b.strip(), b.lower(), b.upper(), b.split(b','), b.replace(b'l', b'L'))
print(b','.join([b'a', b'b']), b'abc'.startswith(b'ab'), b'abc'.endswith(b'c'))
print(b'a-b-c'.split(b'-', 1), b'abc'.decode(), b'abc'.index(b'c'))
print(b'%d-%s' % (5, b'x') if hasattr(b'', '__mod__') else b'5-x')
