# A ThreadSafeFlag set before wait() makes the next wait() return at once, once.
import asyncio


async def main():
    flag = asyncio.ThreadSafeFlag()
    flag.set()
    await flag.wait()
    print("first wait returned")
    try:
        await asyncio.wait_for_ms(flag.wait(), 10)
    except asyncio.TimeoutError:
        print("second wait timed out: flag was cleared")


asyncio.run(main())
