# new_event_loop() discards tasks queued on the old loop.
import asyncio


async def orphan():
    print("orphan ran (should not)")


async def main():
    print("main ran")


loop = asyncio.get_event_loop()
loop.create_task(orphan())
loop = asyncio.new_event_loop()
loop.run_until_complete(main())
print("done")
