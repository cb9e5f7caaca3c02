# A cancelled get() does not lose an item for the other getters.
import asyncio


async def getter(q, name):
    try:
        item = await q.get()
        print(name, "got", item)
    except asyncio.CancelledError:
        print(name, "cancelled")


async def main():
    q = asyncio.Queue()
    a = asyncio.create_task(getter(q, "a"))
    b = asyncio.create_task(getter(q, "b"))
    await asyncio.sleep(0.002)
    a.cancel()
    await asyncio.sleep(0.002)
    q.put_nowait("item")
    await asyncio.sleep(0.002)
    print("done", a.done(), b.done(), q.qsize())


asyncio.run(main())
