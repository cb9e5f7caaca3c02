# Two producers and two consumers share a bounded queue; every item is consumed once.
import asyncio

got = []


async def producer(q, base):
    for i in range(5):
        await q.put(base + i)
        await asyncio.sleep(0)


async def consumer(q):
    while True:
        item = await q.get()
        got.append(item)
        q.task_done()


async def main():
    q = asyncio.Queue(3)
    cs = [asyncio.create_task(consumer(q)) for _ in range(2)]
    await asyncio.gather(producer(q, 0), producer(q, 100))
    await q.join()
    for c in cs:
        c.cancel()
    print(len(got), sorted(got))


asyncio.run(main())
