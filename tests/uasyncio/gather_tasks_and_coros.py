# gather accepts a mix of tasks and coroutines.
import asyncio


async def double(x):
    await asyncio.sleep_ms(1)
    return 2 * x


async def main():
    t = asyncio.create_task(double(5))
    print(await asyncio.gather(double(1), t, double(3)))


asyncio.run(main())
