# Regex escapes: \d \w \s and their negations, and anchors.
import re
s = 'ab 12_x!'
print(re.search(r'\d+', s).group(0), re.search(r'\s', s).group(0) == ' ', re.search(r'\W', s).group(0))
print(re.match(r'\w+', s).group(0), re.search(r'\S+$', s).group(0), re.search(r'\D', '12a').group(0))
print(re.match(r'^$', '') is not None, re.search(r'x$', 'x\n'))
