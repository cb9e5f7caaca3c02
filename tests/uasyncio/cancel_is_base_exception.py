# CancelledError is a BaseException, so `except Exception` does not catch it.
import asyncio


async def sleeper():
    try:
        await asyncio.sleep(10)
    except Exception:
        print("caught as Exception (wrong)")


async def main():
    print(issubclass(asyncio.CancelledError, BaseException))
    print(issubclass(asyncio.CancelledError, Exception))
    print(issubclass(asyncio.TimeoutError, Exception))
    t = asyncio.create_task(sleeper())
    await asyncio.sleep_ms(1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("propagated past except Exception")


asyncio.run(main())
