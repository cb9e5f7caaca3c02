# wait_for on an existing task cancels that task on timeout.
import asyncio


async def forever():
    await asyncio.sleep(10)


async def main():
    t = asyncio.create_task(forever())
    try:
        await asyncio.wait_for_ms(t, 3)
    except asyncio.TimeoutError:
        print("timeout")
    await asyncio.sleep_ms(1)
    print("task done", t.done())


asyncio.run(main())
