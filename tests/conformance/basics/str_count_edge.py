# str.count and str.find with empty strings and bounds.
print('aaa'.count('a'), 'aaa'.count('aa'), ''.count(''), 'abc'.find(''), 'abc'.find('', 5))
print('abcabc'.find('c', -2), 'abcabc'.count('b', 2), 'abc'.rfind(''))
