# A Lock keeps critical sections from interleaving across awaits.
import asyncio

log = []


async def section(lock, name):
    async with lock:
        log.append(name + "<")
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        log.append(">" + name)


async def main():
    lock = asyncio.Lock()
    ts = [asyncio.create_task(section(lock, n)) for n in "abc"]
    for t in ts:
        await t
    print(" ".join(log))


asyncio.run(main())
