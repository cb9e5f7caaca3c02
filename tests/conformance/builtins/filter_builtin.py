# filter() with a function and with None.
print(list(filter(str.isdigit, 'a1b2c3')), list(filter(None, [0, 1, False, 2])))
