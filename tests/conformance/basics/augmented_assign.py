# Augmented assignment on names, attributes, subscripts.
class O:
    pass
o = O()
o.a = 1
o.a += 5
l = [1, 2]
l[0] -= 10
d = {'k': 'x'}
d['k'] *= 3
l += [3]
s = 'a'
s += 'b'
print(o.a, l, d, s)
t = (1,)
t += (2,)
print(t)
