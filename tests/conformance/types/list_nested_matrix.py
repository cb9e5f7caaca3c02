# Nested lists as matrices.
m = [[i * 3 + j for j in range(3)] for i in range(3)]
print(m)
print([list(r) for r in zip(*m)])
print([m[i][i] for i in range(3)], sum(sum(r) for r in m))
