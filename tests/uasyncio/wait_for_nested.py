# Nested wait_for: the inner timeout fires first.
import asyncio


async def slow():
    await asyncio.sleep(10)


async def inner():
    try:
        await asyncio.wait_for_ms(slow(), 3)
    except asyncio.TimeoutError:
        print("inner timed out")
        return "inner result"


async def main():
    print(await asyncio.wait_for_ms(inner(), 100))


asyncio.run(main())
