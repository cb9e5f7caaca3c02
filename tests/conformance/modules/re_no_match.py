# Failed matches return None; groups of optional parts are None.
import re
print(re.match('abc', 'xabc'), re.search('q', 'abc'), re.match(r'(x)?y', 'y').group(1))
print(re.compile('a+').match('') is None)
