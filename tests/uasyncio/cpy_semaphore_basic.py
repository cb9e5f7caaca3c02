# Semaphore (CPython semantics): acquire takes a unit, release gives it back.
import asyncio


async def main():
    s = asyncio.Semaphore(2)
    print("locked", s.locked())
    print(await s.acquire(), s.locked())
    print(await s.acquire(), s.locked())
    s.release()
    print("after release", s.locked())
    s.release()
    s.release()  # an unbounded semaphore may go above its initial value
    async with s:
        print("inside", s.locked())
    print("default value 1:", asyncio.Semaphore().locked())


asyncio.run(main())
