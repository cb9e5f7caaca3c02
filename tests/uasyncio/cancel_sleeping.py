# Cancelling a sleeping task wakes it at once with CancelledError.
import asyncio


async def sleeper():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("sleeper cancelled")
        raise


async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep_ms(2)
    print("cancel returns", t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("main sees CancelledError")
    print("done", t.done())


asyncio.run(main())
