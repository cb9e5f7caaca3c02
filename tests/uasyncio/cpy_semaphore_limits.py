# A Semaphore(2) lets at most two tasks into the section at once, in FIFO order.
# Worker i holds its unit for 5*(i+1) ms, so every enter and leave is well separated.
import asyncio

inside = 0


async def worker(s, i):
    global inside
    async with s:
        inside += 1
        print("enter", i, "inside", inside)
        await asyncio.sleep(0.005 * (i + 1))
        inside -= 1
        print("leave", i)


async def main():
    s = asyncio.Semaphore(2)
    await asyncio.gather(*[worker(s, i) for i in range(5)])
    print("final inside", inside, "locked", s.locked())


asyncio.run(main())
