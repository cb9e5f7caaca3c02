# A task waiting for a Lock can be cancelled without breaking the lock for others.
import asyncio


async def user(lock, name, hold):
    try:
        await lock.acquire()
    except asyncio.CancelledError:
        print(name, "cancelled while waiting")
        return
    print(name, "has lock")
    await asyncio.sleep_ms(hold)
    lock.release()
    print(name, "released")


async def main():
    lock = asyncio.Lock()
    a = asyncio.create_task(user(lock, "a", 5))
    b = asyncio.create_task(user(lock, "b", 1))
    c = asyncio.create_task(user(lock, "c", 1))
    await asyncio.sleep_ms(2)
    b.cancel()
    await a
    await b
    await c
    print("locked", lock.locked())


asyncio.run(main())
