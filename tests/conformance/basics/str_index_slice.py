# Indexing and slicing strings.
s = 'hello world'
print(s[0], s[-1], s[4], s[-5])
print(s[1:4], s[:5], s[6:], s[-5:], s[-3:-1])
print(s[100:], s[-100:3], s[5:2], repr(s[3:3]))
try:
    s[20]
except IndexError as e:
    print('IndexError', e)
