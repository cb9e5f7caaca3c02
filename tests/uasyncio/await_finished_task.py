# Awaiting a task that already finished returns at once with its value.
import asyncio


async def quick():
    print("quick runs")
    return "q"


async def main():
    t = asyncio.create_task(quick())
    await asyncio.sleep_ms(5)
    print("done before await", t.done())
    print("value", await t)


asyncio.run(main())
