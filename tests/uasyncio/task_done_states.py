# Task.done() is False until the task has returned, raised or been cancelled.
import asyncio


async def ok():
    await asyncio.sleep_ms(2)


async def bad():
    await asyncio.sleep_ms(2)
    raise ValueError("bad")


async def forever():
    await asyncio.sleep(10)


async def main():
    a = asyncio.create_task(ok())
    b = asyncio.create_task(bad())
    c = asyncio.create_task(forever())
    print("before", a.done(), b.done(), c.done())
    await a
    try:
        await b
    except ValueError as e:
        print("b raised", e)
    c.cancel()
    print("cancel requested", c.done())
    try:
        await c
    except asyncio.CancelledError:
        print("c cancelled")
    print("after", a.done(), b.done(), c.done())


asyncio.run(main())
