# str(int) and int(str) round-trip for many magnitudes.
ok = True
v = 1
for i in range(80):
    v = v * 7 + i
    if int(str(v)) != v or int(str(-v)) != -v:
        ok = False
print(ok, v)
