# Compiled regexes: match, search, split.
import re
r = re.compile(r'[,;]\s*')
print(r.split('a, b;c,  d'))
num = re.compile(r'-?\d+')
print(num.match('-42x').group(0), num.search('abc 7 def').group(0), num.match('x'))
