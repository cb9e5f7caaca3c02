# deque iteration via repeated popleft and bool().
from collections import deque
d = deque((), 5)
for c in 'hello':
    d.append(c)
out = []
while d:
    out.append(d.popleft())
print(''.join(out))
