# Nested loops with flags, a common alternative to labelled break.
grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
found = None
for r, row in enumerate(grid):
    for c, v in enumerate(row):
        if v * v > 30:
            found = (r, c)
            break
    if found:
        break
print(found)
