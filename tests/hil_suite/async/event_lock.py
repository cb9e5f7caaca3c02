import asyncio


async def waiter(event, name):
    await event.wait()
    print(name, "woke")


async def locked(lock, name, log):
    async with lock:
        log.append(name + " in")
        await asyncio.sleep(0.01)
        log.append(name + " out")


async def main():
    event = asyncio.Event()
    tasks = [asyncio.create_task(waiter(event, n)) for n in ("a", "b")]
    await asyncio.sleep(0)
    print("setting")
    event.set()
    await asyncio.gather(*tasks)
    lock = asyncio.Lock()
    log = []
    await asyncio.gather(locked(lock, "x", log), locked(lock, "y", log))
    print(log)


asyncio.run(main())
