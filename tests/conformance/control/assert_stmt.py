# assert with and without messages.
assert True
assert 1 == 1, 'not shown'
try:
    assert 1 == 2
except AssertionError as e:
    print('AssertionError', e.args)
try:
    assert False, 'custom message'
except AssertionError as e:
    print('AssertionError', e)
