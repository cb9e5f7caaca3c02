# return from within nested loops inside try/finally.
def f():
    for i in range(3):
        for j in range(3):
            try:
                if i == 1 and j == 1:
                    return (i, j)
            finally:
                if i == 1:
                    print('fin', i, j)
print(f())
