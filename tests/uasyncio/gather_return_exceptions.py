# With return_exceptions=True exceptions take their place among the results.
import asyncio


async def ok(v):
    await asyncio.sleep_ms(1)
    return v


async def bad(msg):
    await asyncio.sleep_ms(2)
    raise KeyError(msg)


async def main():
    r = await asyncio.gather(ok(1), bad("x"), ok(3), return_exceptions=True)
    print(r[0], type(r[1]).__name__, r[1], r[2])


asyncio.run(main())
