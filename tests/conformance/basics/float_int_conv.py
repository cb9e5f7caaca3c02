# Conversions between float and int, including truncation and big values.
print(int(3.7), int(-3.7), int(2.0), int(-0.5))
print(float(7), float(-7), float(2 ** 60))
print(int(1e20), int(-1e18), int(2.5e15))
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2))
for bad in (float('inf'), float('nan')):
    try:
        int(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
