# Cancelling a task that awaits another task cancels the inner one too.
import asyncio


async def inner():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("inner cancelled")
        raise


async def outer():
    try:
        await asyncio.create_task(inner())
    except asyncio.CancelledError:
        print("outer cancelled")
        raise


async def main():
    t = asyncio.create_task(outer())
    await asyncio.sleep_ms(2)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("main: outer is done", t.done())


asyncio.run(main())
