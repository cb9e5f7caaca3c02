# Cancelling a task blocked in gather cancels every sub-task still running.
import asyncio


async def sub(name, ms):
    try:
        await asyncio.sleep_ms(ms)
        print(name, "finished")
        return name
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def gatherer():
    try:
        await asyncio.gather(sub("short", 2), sub("long1", 1000), sub("long2", 2000))
    except asyncio.CancelledError:
        print("gatherer cancelled")
        raise


async def main():
    t = asyncio.create_task(gatherer())
    await asyncio.sleep_ms(10)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("main sees CancelledError")
    await asyncio.sleep_ms(5)
    print("done")


asyncio.run(main())
