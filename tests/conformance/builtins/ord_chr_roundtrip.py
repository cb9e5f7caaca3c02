# chr(ord(c)) round-trips over a range of code points.
ok = all(chr(ord(chr(i))) == chr(i) for i in range(0, 0x3000, 97))
print(ok, ord(chr(0x10FFFF)))
