total = 0


def add(n):
    global total
    total += n


for k in range(4):
    add(k)
print(total)


def outer():
    x = "outer"

    def inner():
        return x
    x = "rebound"
    return inner()


print(outer())
