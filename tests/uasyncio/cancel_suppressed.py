# A task may swallow its CancelledError and return a value instead.
import asyncio


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("ignoring cancel")
    return "finished anyway"


async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep_ms(1)
    t.cancel()
    print("result", await t)


asyncio.run(main())
