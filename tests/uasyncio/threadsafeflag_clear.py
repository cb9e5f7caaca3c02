# clear() resets a ThreadSafeFlag that was set but not yet waited on.
import asyncio


async def main():
    flag = asyncio.ThreadSafeFlag()
    flag.set()
    flag.clear()
    try:
        await asyncio.wait_for_ms(flag.wait(), 10)
    except asyncio.TimeoutError:
        print("timed out after clear")
    flag.set()
    await asyncio.wait_for_ms(flag.wait(), 10)
    print("set again: wait returned")


asyncio.run(main())
