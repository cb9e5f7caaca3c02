# gather refuses a task that has already finished ("can't gather").
import asyncio


async def quick():
    return 1


async def main():
    t = asyncio.create_task(quick())
    await asyncio.sleep_ms(1)
    try:
        await asyncio.gather(t)
    except RuntimeError as e:
        print("RuntimeError", e)


asyncio.run(main())
