# String literals: quotes, escapes, raw strings, concatenation, triple quotes.
print('single', "double", '''triple
line''', """another""")
print('tab\there', 'nl\\n', 'quote\'s', "dq\"")
print(r'raw\n\t', r'x\\y')
print('\x41\x42', '\101', '\u00e9', len('\u00e9'))
print('adj' 'acent', 'a' + 'b', 'ab' * 3, 3 * 'x', 'x' * 0)
print(repr('a\nb'), repr("it's"), repr('say "hi"'), repr('both \' "'))
