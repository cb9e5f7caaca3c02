# current_task() is the Task running now: the one create_task returned.
import asyncio

seen = {}


async def child(name):
    seen[name] = asyncio.current_task()
    await asyncio.sleep(0)
    print(name, "same after yield", seen[name] is asyncio.current_task())


async def main():
    me = asyncio.current_task()
    t = asyncio.create_task(child("c"))
    await t
    print("child saw its task", seen["c"] is t)
    print("main unchanged", asyncio.current_task() is me)
    print("main is not child", me is not t)


asyncio.run(main())
