# finally runs on every iteration, whichever way the body exits.
count = 0
for i in range(5):
    try:
        if i % 2:
            continue
        if i == 4:
            break
    finally:
        count += 1
print(count)
