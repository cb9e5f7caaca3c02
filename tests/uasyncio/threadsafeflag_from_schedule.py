# A ThreadSafeFlag set from a micropython.schedule callback (as an interrupt handler's
# soft half would) wakes the task waiting on it, once per set.
import asyncio
import micropython

flag = asyncio.ThreadSafeFlag()
fired = []


def cb(arg):
    fired.append(arg)
    flag.set()


async def waiter():
    for i in range(3):
        await flag.wait()
        print("woken", i, fired)


async def main():
    t = asyncio.create_task(waiter())
    for i in range(3):
        await asyncio.sleep_ms(10)
        micropython.schedule(cb, i)
    await asyncio.sleep_ms(10)
    print("done", t.done())


asyncio.run(main())
