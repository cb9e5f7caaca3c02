# A waiter cancelled just after the Lock was handed to it passes the lock on.
import asyncio


async def user(lock, name):
    try:
        async with lock:
            print(name, "in")
            await asyncio.sleep_ms(1)
            print(name, "out")
    except asyncio.CancelledError:
        print(name, "cancelled")


async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    b = asyncio.create_task(user(lock, "b"))
    c = asyncio.create_task(user(lock, "c"))
    await asyncio.sleep_ms(1)
    lock.release()
    b.cancel()
    await b
    await c
    print("locked", lock.locked())


asyncio.run(main())
