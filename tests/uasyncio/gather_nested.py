# gathers can be nested; inner results come back as lists.
import asyncio


async def v(x):
    await asyncio.sleep_ms(x)
    return x


async def main():
    r = await asyncio.gather(asyncio.gather(v(1), v(2)), v(3), asyncio.gather(v(4)))
    print(r)


asyncio.run(main())
