# Many short tasks with staggered sleeps all complete; results are collected in order.
import asyncio

results = []


async def job(i):
    await asyncio.sleep_ms((i % 3) * 4)
    results.append(i)


async def main():
    tasks = [asyncio.create_task(job(i)) for i in range(30)]
    for t in tasks:
        await t
    print(len(results), sum(results))
    print(results)


asyncio.run(main())
