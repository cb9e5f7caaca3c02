# Cancelling a task blocked in wait_for cancels the awaited coroutine too.
import asyncio


async def slow():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("slow cancelled")
        raise


async def waiter():
    try:
        await asyncio.wait_for(slow(), 5)
    except asyncio.CancelledError:
        print("waiter cancelled")
        raise


async def main():
    t = asyncio.create_task(waiter())
    await asyncio.sleep_ms(3)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("main sees CancelledError")
    await asyncio.sleep_ms(3)
    print("done")


asyncio.run(main())
