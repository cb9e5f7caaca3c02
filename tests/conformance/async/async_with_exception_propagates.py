# async with whose __aexit__ does not suppress lets the exception out.
class Res:
    async def __aenter__(self):
        return self
    async def __aexit__(self, t, v, tb):
        print('exit with', t.__name__)
        return False
async def main():
    async with Res():
        raise KeyError('out')
c = main()
try:
    c.send(None)
except KeyError as e:
    print('propagated', e)
