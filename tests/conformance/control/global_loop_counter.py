# Loops and conditions at module level using globals.
total = 0
for n in range(1, 20):
    if n % 3 == 0 or n % 5 == 0:
        total += n
print(total)
