# gather over many coroutines returns every result in order.
import asyncio


async def sq(i):
    await asyncio.sleep_ms(i % 4)
    return i * i


async def main():
    r = await asyncio.gather(*[sq(i) for i in range(20)])
    print(r)
    print(sum(r))


asyncio.run(main())
