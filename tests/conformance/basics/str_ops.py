# str operators: in, comparison, concatenation, multiplication, iteration.
s = 'python'
print('th' in s, 'x' in s, '' in s, 'py' not in s)
print(list(s), len(s), min(s), max(s), sorted(s))
print(s + '!', s * 2, 'a' < s, s == 'python')
for ch in 'ab':
    print(ch, ord(ch))
