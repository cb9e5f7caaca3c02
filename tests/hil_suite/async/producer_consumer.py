import asyncio


async def producer(items, event, n):
    for i in range(n):
        await asyncio.sleep(0.005)
        items.append(i)
        event.set()
    items.append(None)
    event.set()


async def consumer(items, event):
    total = 0
    while True:
        await event.wait()
        event.clear()
        while items:
            item = items.pop(0)
            if item is None:
                return total
            total += item


async def main():
    items, event = [], asyncio.Event()
    asyncio.create_task(producer(items, event, 10))
    print("total", await consumer(items, event))


asyncio.run(main())
