# Event: wait() blocks until set(); set stays set until clear().
import asyncio


async def waiter(ev):
    print("waiting")
    r = await ev.wait()
    print("woken", r)


async def main():
    ev = asyncio.Event()
    print("is_set", ev.is_set())
    t = asyncio.create_task(waiter(ev))
    await asyncio.sleep_ms(2)
    print("setting")
    ev.set()
    print("is_set", ev.is_set())
    await t
    print("still set", ev.is_set())
    ev.clear()
    print("cleared", ev.is_set())


asyncio.run(main())
