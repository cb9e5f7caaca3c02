for i in range(5):
    if i == 3:
        break
else:
    print("not reached")
print("broke at", i)
n = 0
while n < 3:
    n += 1
else:
    print("while done", n)
for x in range(6):
    if x % 2:
        continue
    print("even", x)
print("yes" if n > 2 else "no", n and "truthy", 0 or "fallback")
