# break and continue through finally blocks.
for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print('body', i)
    finally:
        print('finally', i)
print('done')
def loop():
    for i in range(3):
        try:
            return i
        finally:
            print('leaving', i)
print(loop())
