# for loops over ranges with steps, including negative steps and empty ranges.
for i in range(3):
    print('a', i)
for i in range(10, 0, -3):
    print('b', i)
for i in range(5, 5):
    print('never')
for i in range(-3, 3, 2):
    print('c', i)
print(i)
