# str predicate methods on edge inputs.
for s in ('', 'a', 'A1', '12', ' ', 'aB', 'ABC', 'abc'):
    print(repr(s), s.isalpha(), s.isdigit(), s.isspace(), s.isupper(), s.islower())
