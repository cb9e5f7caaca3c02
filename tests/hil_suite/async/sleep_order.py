import asyncio


async def worker(name, delay, log):
    await asyncio.sleep(delay)
    log.append(name)


async def main():
    log = []
    await asyncio.gather(worker("slow", 0.03, log), worker("fast", 0.01, log),
                         worker("mid", 0.02, log))
    print(log)


asyncio.run(main())
