# A task waiting on a ThreadSafeFlag can be cancelled.
import asyncio


async def waiter(flag):
    try:
        await flag.wait()
    except asyncio.CancelledError:
        print("waiter cancelled")
        raise


async def main():
    flag = asyncio.ThreadSafeFlag()
    t = asyncio.create_task(waiter(flag))
    await asyncio.sleep_ms(2)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("main sees cancel")
    flag.set()
    await flag.wait()
    print("flag still usable")


asyncio.run(main())
