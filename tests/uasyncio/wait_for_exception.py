# An exception from the awaitable propagates out of wait_for.
import asyncio


async def fails():
    await asyncio.sleep_ms(1)
    raise ValueError("inner")


async def main():
    try:
        await asyncio.wait_for(fails(), 1)
    except ValueError as e:
        print("ValueError", e)
    try:
        await asyncio.wait_for_ms(fails(), 100)
    except ValueError as e:
        print("ValueError again", e)


asyncio.run(main())
