# After clear(), waiting blocks again until the next set().
import asyncio


async def waiter(ev):
    for i in range(3):
        await ev.wait()
        print("round", i)
        ev.clear()


async def main():
    ev = asyncio.Event()
    t = asyncio.create_task(waiter(ev))
    for i in range(3):
        await asyncio.sleep_ms(2)
        print("set", i)
        ev.set()
    await t
    print("done", ev.is_set())


asyncio.run(main())
