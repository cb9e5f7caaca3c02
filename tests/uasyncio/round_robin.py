# Tasks that yield with sleep(0) take turns in a fixed round-robin order.
import asyncio


async def spinner(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)


async def main():
    t1 = asyncio.create_task(spinner("x", 3))
    t2 = asyncio.create_task(spinner("y", 2))
    t3 = asyncio.create_task(spinner("z", 3))
    await t1
    await t2
    await t3
    print("all done")


asyncio.run(main())
