# str partition/rpartition and center/ljust/rjust/zfill-like formatting.
print('key=value=x'.partition('='), 'novalue'.partition('='))
print('key=value=x'.rpartition('='), 'novalue'.rpartition('='))
print(repr('ab'.center(6)), repr('abc'.center(8)))
print(repr('%-5s|' % 'ab'), repr('%5s|' % 'ab'))
