# heapq with tuples as priority queue entries.
import heapq
q = []
heapq.heappush(q, (2, 'write'))
heapq.heappush(q, (1, 'read'))
heapq.heappush(q, (3, 'close'))
heapq.heappush(q, (1, 'open'))
while q:
    print(heapq.heappop(q))
