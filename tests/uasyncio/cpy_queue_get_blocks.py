# get() waits until an item is put.
import asyncio


async def consumer(q):
    print("consumer waiting")
    item = await q.get()
    print("consumer got", item)


async def main():
    q = asyncio.Queue()
    t = asyncio.create_task(consumer(q))
    await asyncio.sleep(0.005)
    print("putting")
    await q.put("hello")
    await t


asyncio.run(main())
