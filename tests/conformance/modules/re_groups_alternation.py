# Regex alternation, optional groups, character classes and repetition.
import re
for s in ('cat', 'dog', 'cow', 'catalog'):
    m = re.match(r'^(cat|dog)$', s)
    print(s, m.group(1) if m else None)
m = re.match(r'(a)?(b)', 'b')
print(m.group(1), m.group(2))
print(re.match(r'[A-Z][a-z]*', 'Hello').group(0), re.match(r'xx+', 'xxxx').group(0))
print(re.match(r'a.c', 'abc').group(0), re.match(r'a*?b', 'aab').group(0))
