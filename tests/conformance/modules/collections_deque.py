# collections.deque as a queue with append/popleft and a bounded length.
from collections import deque
q = deque((), 3)
for i in range(5):
    q.append(i)
print(len(q), q.popleft(), q.popleft(), q.popleft(), len(q))
d = deque([1, 2], 10)
d.appendleft(0)
d.append(3)
print(d.pop(), d.popleft(), len(d), bool(d))
try:
    deque((), 2).popleft()
except IndexError as e:
    print('IndexError', e)
