# Complex numbers: literals, arithmetic, attributes.
z = 3 + 4j
print(z, z.real, z.imag, abs(z))
print(z * 1j, z + 1, z - 2j, z * z)
print(complex(1, 2), complex(2), 1j * 1j)
print(z == complex(3, 4), -z)
print((1 + 2j) / (3 - 1j))
