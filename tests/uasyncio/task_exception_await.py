# An exception in a task is raised again in every task that awaits it.
import asyncio


async def fails():
    await asyncio.sleep_ms(1)
    raise KeyError("k")


async def waiter(t, name):
    try:
        await t
    except KeyError as e:
        print(name, "got KeyError", e)


async def main():
    t = asyncio.create_task(fails())
    w1 = asyncio.create_task(waiter(t, "w1"))
    w2 = asyncio.create_task(waiter(t, "w2"))
    await w1
    await w2
    try:
        await t
    except KeyError:
        print("main got KeyError too")


asyncio.run(main())
