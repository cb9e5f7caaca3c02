# str case methods.
s = 'Hello World 42'
print(s.upper(), s.lower())
print('abc'.isalpha(), 'ab1'.isalpha(), '123'.isdigit(), ' \t'.isspace(), 'ABC'.isupper(), 'abc'.islower())
print(''.isdigit(), 'aB'.isupper(), 'a1'.islower())
