# str.format with positional, keyword and numbered fields.
print('{} {} {}'.format(1, 'a', [2]))
print('{0} {1} {0}'.format('x', 'y'))
print('{a}-{b}'.format(a=1, b=2), '{b}{a}'.format(a='x', b='y'))
print('{{}} {}'.format('braces'))
print('{!r} {!s}'.format('q', 'q'))
print('{0}{1}{0}'.format('ab', 'cd'))
