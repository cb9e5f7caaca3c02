# Tasks created in a row first run in creation order, once the creator yields.
import asyncio


async def worker(name):
    print("start", name)
    await asyncio.sleep(0)
    print("end", name)


async def main():
    for name in ("a", "b", "c"):
        asyncio.create_task(worker(name))
    print("created")
    await asyncio.sleep_ms(5)
    print("main done")


asyncio.run(main())
