# zip stops at the shortest input; padding must be done by hand.
a = [1, 2, 3, 4]
b = 'xy'
print(list(zip(a, b)))
n = max(len(a), len(b))
print([(a[i] if i < len(a) else None, b[i] if i < len(b) else None) for i in range(n)])
