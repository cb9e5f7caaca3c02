# join() waits until task_done() was called once per item put.
import asyncio


async def worker(q):
    while True:
        item = await q.get()
        await asyncio.sleep(0.001)
        print("processed", item)
        q.task_done()


async def main():
    q = asyncio.Queue()
    for i in range(3):
        q.put_nowait(i)
    w = asyncio.create_task(worker(q))
    await q.join()
    print("joined, empty", q.empty())
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print("worker cancelled")
    await q.join()
    print("join on finished queue returns at once")


asyncio.run(main())
