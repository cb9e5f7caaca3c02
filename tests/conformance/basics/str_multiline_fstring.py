# f-strings across triple quotes with several fields.
items = [('apple', 3), ('pear', 12)]
for n, c in items:
    print(f"""{n:<8}{c:>4}""")
total = sum(c for _, c in items)
print(f'total: {total}, mean: {total / len(items):.1f}')
