# A child task may cancel the main task; run() then raises CancelledError.
import asyncio


async def child(main_task):
    await asyncio.sleep_ms(2)
    print("child cancels main")
    main_task.cancel()


async def main():
    asyncio.create_task(child(asyncio.current_task()))
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("main cancelled")
        raise


try:
    asyncio.run(main())
except asyncio.CancelledError:
    print("run raised CancelledError")
