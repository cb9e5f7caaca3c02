# while/else runs the else clause only when the loop ends without break.
for limit in (3, 10):
    i = 0
    while i < 5:
        if i == limit:
            print('break at', i)
            break
        i += 1
    else:
        print('no break, i =', i)
