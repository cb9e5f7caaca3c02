# async with calls __aenter__ and __aexit__ with await.
class Res:
    async def __aenter__(self):
        print('aenter')
        return 'resource'
    async def __aexit__(self, t, v, tb):
        print('aexit', t.__name__ if t else None)
        return True
async def main():
    async with Res() as r:
        print('using', r)
    async with Res():
        raise ValueError
    return 'ok'
c = main()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
