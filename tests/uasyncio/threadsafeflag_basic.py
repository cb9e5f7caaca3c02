# ThreadSafeFlag: wait() blocks until set(), then clears the flag itself.
import asyncio


async def waiter(flag):
    for i in range(2):
        await flag.wait()
        print("flag seen", i)


async def main():
    flag = asyncio.ThreadSafeFlag()
    t = asyncio.create_task(waiter(flag))
    await asyncio.sleep_ms(2)
    print("set 1")
    flag.set()
    await asyncio.sleep_ms(5)
    print("set 2")
    flag.set()
    await t
    print("done")


asyncio.run(main())
