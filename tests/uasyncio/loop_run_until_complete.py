# get_event_loop().run_until_complete accepts a coroutine or a task.
import asyncio


async def value(v):
    await asyncio.sleep_ms(1)
    return v


loop = asyncio.get_event_loop()
print(loop.run_until_complete(value("coro")))
t = loop.create_task(value("task"))
print(loop.run_until_complete(t))
print(t.done())
