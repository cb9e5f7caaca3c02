# A custom handler can delegate to default_exception_handler (which prints to stderr).
# (ValueError, not OSError: how OSError(5) prints is port configuration, "5" or "[Errno 5] EIO".)
import asyncio


def handler(loop, context):
    print("custom handler sees", type(context["exception"]).__name__)
    loop.default_exception_handler(loop, context)


async def bad():
    await asyncio.sleep_ms(1)
    raise ValueError("bad reading")


async def main():
    asyncio.get_event_loop().set_exception_handler(handler)
    asyncio.create_task(bad())
    await asyncio.sleep_ms(5)
    print("main done")


asyncio.run(main())
