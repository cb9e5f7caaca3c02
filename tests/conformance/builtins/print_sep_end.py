# print() with sep, end and no arguments.
print('a', 'b', 'c', sep='-')
print('no newline', end='')
print(' continued')
print('x', 'y', sep='', end='!\n')
print()
print(1, 2, sep=', ', end=' <end>\n')
print(*[1, 2, 3], sep='|')
