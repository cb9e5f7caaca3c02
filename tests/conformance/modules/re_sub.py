# re.sub with strings, backreferences and functions.
import re
print(re.sub(r'\s+', ' ', 'a   b \t c'))
print(re.sub(r'(\w+)=(\w+)', r'\2=\1', 'a=1 b=2'))
print(re.sub('[aeiou]', lambda m: m.group(0).upper(), 'hello world'))
print(re.sub('x', '-', 'xaxbx', 2) if True else 0)
