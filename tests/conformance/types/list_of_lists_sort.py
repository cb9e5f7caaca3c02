# Sorting records with tuple keys.
people = [('ann', 30), ('bob', 25), ('cat', 30), ('dan', 20)]
print(sorted(people, key=lambda p: (-p[1], p[0])))
print([n for n, _ in sorted(people, key=lambda p: p[1])])
