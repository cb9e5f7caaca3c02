# Float printing precision and round().
for v in (1.0, 0.5, 100.0, 1e22, 1.5e-7, 123.456, -0.001, 2.0 ** 0.5):
    print(v, repr(v), str(v))
print(round(1.23456, 3), round(1234.5, -2), round(-1.5), round(0.5), round(1.5))
print(round(7, -1), round(15, -1), type(round(2.5)).__name__)
