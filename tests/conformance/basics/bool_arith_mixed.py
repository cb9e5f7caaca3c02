# bool values in arithmetic, indexing and string repetition.
l = ['no', 'yes']
print(l[True], l[False], 'x' * True, 'x' * False + '|', True << 3, -True)
