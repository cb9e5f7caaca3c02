# put() on a full bounded queue waits until a get() makes room.
import asyncio


async def producer(q):
    for i in range(4):
        await q.put(i)
        print("put", i)
    print("producer done")


async def main():
    q = asyncio.Queue(maxsize=2)
    t = asyncio.create_task(producer(q))
    await asyncio.sleep(0.005)
    print("size", q.qsize(), "full", q.full())
    for _ in range(4):
        print("got", await q.get())
        await asyncio.sleep(0.002)
    await t


asyncio.run(main())
