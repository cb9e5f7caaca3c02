# str find/index/count/startswith/endswith.
s = 'abracadabra'
print(s.find('bra'), s.find('bra', 2), s.find('x'), s.rfind('bra'), s.rfind('a', 0, 5))
print(s.index('cad'), s.rindex('a'), s.count('a'), s.count('bra'), s.count(''))
print(s.startswith('abra'), s.startswith('bra', 1), s.endswith('bra'), s.endswith(('x', 'ra')))
try:
    s.index('zz')
except ValueError as e:
    print('ValueError', e)
