# if/elif/else chains and nested ifs.
for x in range(-2, 4):
    if x < 0:
        print(x, 'negative')
    elif x == 0:
        print(x, 'zero')
    elif x % 2:
        print(x, 'odd')
    else:
        if x > 2:
            print(x, 'big even')
        else:
            print(x, 'even')
