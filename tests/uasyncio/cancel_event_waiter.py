# A task waiting on an Event can be cancelled; later set() does not wake it.
import asyncio


async def waiter(ev, name):
    try:
        await ev.wait()
        print(name, "woke")
    except asyncio.CancelledError:
        print(name, "cancelled")


async def main():
    ev = asyncio.Event()
    a = asyncio.create_task(waiter(ev, "a"))
    b = asyncio.create_task(waiter(ev, "b"))
    await asyncio.sleep_ms(1)
    a.cancel()
    await asyncio.sleep_ms(1)
    ev.set()
    await asyncio.sleep_ms(1)
    print("done", a.done(), b.done())


asyncio.run(main())
