import heapq

h = []
for v in (5, 1, 8, 3, 2):
    heapq.heappush(h, v)
print([heapq.heappop(h) for _ in range(3)], h[0])
xs = [9, 4, 7, 1]
heapq.heapify(xs)
print(xs[0])
