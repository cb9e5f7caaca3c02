# Comparisons mixing small and big integers.
big = 2 ** 80
print(big > 1, big < 1, big == 2 ** 80, big != big + 1)
print(-big < 0, -big < -big + 1, big >= big, big <= big - 1)
print(max(3, big, -big), min(3, big, -big))
print(big == float(big), 2 ** 53 + 1 == float(2 ** 53 + 1))
