# async for drives __aiter__ and __anext__ until StopAsyncIteration.
class Ticker:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i
async def main():
    out = []
    async for t in Ticker(4):
        out.append(t)
    else:
        out.append('else')
    return out
c = main()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
