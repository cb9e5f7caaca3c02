# Unicode strings: length, indexing, encoding.
s = 'héllo wörld €'
print(len(s), s[1], s[-1], s.upper())
b = s.encode()
print(len(b), b)
print(b.decode() == s, 'é'.encode('utf-8'))
print(ord('€'), chr(8364), chr(233))
