# Waiters woken by set() still run even if clear() follows before they do.
import asyncio


async def waiter(ev, i):
    await ev.wait()
    print("waiter", i, "is_set now", ev.is_set())


async def main():
    ev = asyncio.Event()
    ts = [asyncio.create_task(waiter(ev, i)) for i in range(2)]
    await asyncio.sleep_ms(1)
    ev.set()
    ev.clear()
    for t in ts:
        await t


asyncio.run(main())
