# Tasks contending for a Lock get it in the order they asked.
import asyncio


async def user(lock, i):
    await lock.acquire()
    print("task", i, "acquired")
    await asyncio.sleep_ms(1)
    print("task", i, "releasing")
    lock.release()


async def main():
    lock = asyncio.Lock()
    ts = [asyncio.create_task(user(lock, i)) for i in range(4)]
    for t in ts:
        await t
    print("locked", lock.locked())


asyncio.run(main())
