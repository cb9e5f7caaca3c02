import asyncio


async def forever(log):
    try:
        while True:
            await asyncio.sleep(0.01)
            log.append("tick")
    except asyncio.CancelledError:
        print("cancelled")
        raise


async def main():
    log = []
    task = asyncio.create_task(forever(log))
    while len(log) < 2:  # wait for two ticks, however slowly the board runs
        await asyncio.sleep(0.01)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("awaited cancelled task")
    print(len(log) >= 2)


asyncio.run(main())
