# set() wakes every waiter, in the order they began waiting.
import asyncio


async def waiter(ev, i):
    await ev.wait()
    print("waiter", i)


async def main():
    ev = asyncio.Event()
    ts = [asyncio.create_task(waiter(ev, i)) for i in range(5)]
    await asyncio.sleep_ms(1)
    print("set")
    ev.set()
    for t in ts:
        await t
    print("done")


asyncio.run(main())
