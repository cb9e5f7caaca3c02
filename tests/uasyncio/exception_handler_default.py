# Without a handler, an unretrieved task exception is printed to stderr.
import asyncio


async def bad():
    raise ZeroDivisionError("zero")


async def main():
    asyncio.create_task(bad())
    await asyncio.sleep_ms(3)
    print("main continues")


asyncio.run(main())
