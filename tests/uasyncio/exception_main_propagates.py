# An exception escaping the main coroutine propagates out of asyncio.run.
import asyncio


async def main():
    await asyncio.sleep_ms(1)
    raise RuntimeError("from main")


try:
    asyncio.run(main())
except RuntimeError as e:
    print("run raised", e)
