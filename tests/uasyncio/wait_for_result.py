# wait_for returns the result when the awaitable finishes in time.
import asyncio


async def slowish(v):
    await asyncio.sleep_ms(2)
    return v


async def main():
    print("result", await asyncio.wait_for(slowish("in time"), 1))
    print("ms result", await asyncio.wait_for_ms(slowish("in time ms"), 100))


asyncio.run(main())
