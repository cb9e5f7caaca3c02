# Recursive generators with yield from (tree walk).
tree = (1, (2, (4, None, None), None), (3, None, (5, None, None)))
def walk(node):
    if node is None:
        return
    v, left, right = node
    yield from walk(left)
    yield v
    yield from walk(right)
print(list(walk(tree)))
def perms(items):
    if len(items) <= 1:
        yield items
        return
    for i in range(len(items)):
        for p in perms(items[:i] + items[i + 1:]):
            yield items[i:i + 1] + p
print(list(perms('abc')))
