# Coroutines defined inside functions capture closures.
def make(k):
    async def mul(x):
        return x * k
    return mul
async def main():
    m3 = make(3)
    return [await m3(1), await m3(2)]
c = main()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
