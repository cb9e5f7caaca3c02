# With return_exceptions=True a cancelled sub-task shows up as a CancelledError.
import asyncio


async def sleeper():
    await asyncio.sleep(10)


async def canceller(t):
    await asyncio.sleep_ms(2)
    t.cancel()
    return "cancelled it"


async def main():
    t = asyncio.create_task(sleeper())
    r = await asyncio.gather(t, canceller(t), return_exceptions=True)
    print(type(r[0]).__name__, r[1])


asyncio.run(main())
