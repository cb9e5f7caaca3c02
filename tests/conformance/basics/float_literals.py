# Float literals and their repr.
print(1.0, 1.5, -0.25, 1e3, 1E-3, 2.5e10, 1.e2, .5)
print(0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3)
print(1e16, 1e15, 123456789.0, 1e-5, 1e-4)
print(1_000.5, 3.14159)
