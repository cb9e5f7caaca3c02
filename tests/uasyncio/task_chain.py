# A chain of tasks each awaiting the next unwinds innermost first.
import asyncio


async def link(n):
    if n == 0:
        await asyncio.sleep_ms(2)
        print("bottom")
        return 0
    r = await asyncio.create_task(link(n - 1))
    print("level", n, "got", r)
    return r + 1


async def main():
    print("result", await link(4))


asyncio.run(main())
