# Conditional expressions.
for x in (-1, 0, 1):
    print('neg' if x < 0 else 'zero' if x == 0 else 'pos')
print([('even' if i % 2 == 0 else 'odd') for i in range(3)])
