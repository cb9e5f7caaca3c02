# list.extend and += with any iterable.
l = []
l.extend('ab')
l.extend(range(2))
l.extend((x for x in 'c'))
l += 'd'
print(l)
