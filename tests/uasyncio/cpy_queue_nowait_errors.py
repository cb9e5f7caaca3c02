# put_nowait on a full queue raises QueueFull; get_nowait on an empty one QueueEmpty.
import asyncio


async def main():
    q = asyncio.Queue(1)
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    q.put_nowait(1)
    print("full", q.full())
    try:
        q.put_nowait(2)
    except asyncio.QueueFull:
        print("QueueFull")
    print(q.get_nowait(), q.empty())


asyncio.run(main())
