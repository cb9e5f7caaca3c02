# Membership tests use equality, and find nan only by identity.
nan = float('nan')
l = [nan, 1]
print(nan in l, float('nan') in l, 1.0 in l, [1] in [[1]])
