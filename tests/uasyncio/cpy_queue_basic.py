# Queue (CPython semantics): FIFO order, qsize/empty/full, unbounded by default.
import asyncio


async def main():
    q = asyncio.Queue()
    print(q.maxsize, q.qsize(), q.empty(), q.full())
    for i in range(3):
        await q.put(i)
    q.put_nowait("x")
    print(q.qsize(), q.empty(), q.full())
    got = []
    for _ in range(3):
        got.append(await q.get())
    print(got, q.get_nowait())
    print(q.qsize(), q.empty())


asyncio.run(main())
