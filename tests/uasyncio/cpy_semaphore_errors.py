# Negative initial values raise ValueError; BoundedSemaphore refuses extra releases.
import asyncio


async def main():
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError", e)
    b = asyncio.BoundedSemaphore(2)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError", e)
    print("locked", b.locked())


asyncio.run(main())
