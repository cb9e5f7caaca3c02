# Cancelling a task waiting on a Semaphore does not lose the unit.
import asyncio


async def user(s, name):
    try:
        await s.acquire()
    except asyncio.CancelledError:
        print(name, "cancelled")
        return
    print(name, "acquired")
    await asyncio.sleep(0.02)
    s.release()
    print(name, "released")


async def main():
    s = asyncio.Semaphore(1)
    a = asyncio.create_task(user(s, "a"))
    b = asyncio.create_task(user(s, "b"))
    c = asyncio.create_task(user(s, "c"))
    await asyncio.sleep(0.005)
    b.cancel()
    await asyncio.gather(a, b, c)
    print("locked", s.locked())


asyncio.run(main())
