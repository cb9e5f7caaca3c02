# A task cannot cancel itself.
import asyncio


async def main():
    try:
        asyncio.current_task().cancel()
    except RuntimeError as e:
        print("RuntimeError", e)


asyncio.run(main())
