# Cancelling twice before the task runs still delivers one CancelledError.
import asyncio


async def sleeper():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("cancelled once")
        raise


async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep_ms(1)
    print(t.cancel(), t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("main sees it")
    print("third cancel", t.cancel())


asyncio.run(main())
