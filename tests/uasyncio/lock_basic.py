# Lock: acquire() returns True, locked() reports state, release() frees it.
import asyncio


async def main():
    lock = asyncio.Lock()
    print("locked", lock.locked())
    print("acquire", await lock.acquire())
    print("locked", lock.locked())
    lock.release()
    print("locked", lock.locked())


asyncio.run(main())
