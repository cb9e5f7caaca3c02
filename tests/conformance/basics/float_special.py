# inf and nan: creation, arithmetic and comparisons.
inf = float('inf')
nan = float('nan')
print(inf, -inf, nan, float('-inf'))
print(inf + 1, inf * -1, inf - inf)
print(nan == nan, nan != nan, nan < 1, inf > 1e308)
print(1e308 * 10, -1e308 * 10)
