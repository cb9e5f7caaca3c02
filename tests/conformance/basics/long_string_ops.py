# Building strings in loops and repeated concatenation.
s = ''
for i in range(20):
    s += str(i)
print(s, len(s))
parts = [str(i * i) for i in range(15)]
print('|'.join(parts))
print(('ab' * 50).count('ba'))
