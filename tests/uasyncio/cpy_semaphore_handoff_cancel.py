# A waiter cancelled right after a release handed it the unit passes the unit on.
import asyncio


async def user(s, name):
    try:
        async with s:
            print(name, "in")
            await asyncio.sleep(0.001)
    except asyncio.CancelledError:
        print(name, "cancelled")


async def main():
    s = asyncio.Semaphore(0)
    b = asyncio.create_task(user(s, "b"))
    c = asyncio.create_task(user(s, "c"))
    await asyncio.sleep(0.001)
    s.release()
    b.cancel()
    await asyncio.gather(b, c)
    print("locked", s.locked())


asyncio.run(main())
