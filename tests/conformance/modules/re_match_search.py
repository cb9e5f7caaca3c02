# re.match anchors at the start; re.search scans.
import re
m = re.match(r'(\d+)-(\d+)', '12-34 rest')
print(m.group(0), m.group(1), m.group(2))
print(re.match('x', 'ax'), re.search('x', 'ax').group(0))
m = re.search(r'([a-z]+)@([a-z]+)\.com', 'mail bob@example.com now')
print(m.group(1), m.group(2))
