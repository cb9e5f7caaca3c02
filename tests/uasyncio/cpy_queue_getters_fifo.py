# Waiting getters are served in the order they started waiting.
import asyncio


async def getter(q, name):
    item = await q.get()
    print(name, "got", item)


async def main():
    q = asyncio.Queue()
    ts = [asyncio.create_task(getter(q, n)) for n in ("g0", "g1", "g2")]
    await asyncio.sleep(0.002)
    for i in range(3):
        q.put_nowait(i)
    for t in ts:
        await t


asyncio.run(main())
