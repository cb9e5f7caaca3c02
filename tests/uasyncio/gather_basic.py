# gather returns the results in argument order, whatever order they finish in.
import asyncio


async def value(v, ms):
    await asyncio.sleep_ms(ms)
    print("finished", v)
    return v


async def main():
    r = await asyncio.gather(value("a", 10), value("b", 1), value("c", 5))
    print(r)


asyncio.run(main())
