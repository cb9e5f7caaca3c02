# `async with lock` acquires and releases, also when the body raises.
import asyncio


async def main():
    lock = asyncio.Lock()
    async with lock:
        print("inside, locked", lock.locked())
    print("outside, locked", lock.locked())
    try:
        async with lock:
            raise ValueError("in body")
    except ValueError as e:
        print("caught", e, "locked", lock.locked())


asyncio.run(main())
