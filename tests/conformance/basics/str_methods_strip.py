# str strip family and replace.
s = '  \t hi there \n'
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print('xxhixx'.strip('x'), 'abcba'.strip('ab'), 'aaa'.lstrip('a') == '')
print('aaaa'.replace('a', 'b'), 'aaaa'.replace('a', 'b', 2), 'abc'.replace('', '-'))
print('hello'.replace('l', ''), 'x'.replace('y', 'z'))
