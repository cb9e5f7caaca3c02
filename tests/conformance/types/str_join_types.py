# Joining mixed values needs explicit conversion.
vals = [1, 2.5, None, 'x']
print(', '.join(str(v) for v in vals), '/'.join(map(repr, vals)))
