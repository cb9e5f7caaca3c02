# AssertionError messages and args.
for cond, msg in ((False, None), (False, 'why'), (False, 42)):
    try:
        if msg is None:
            assert cond
        else:
            assert cond, msg
    except AssertionError as e:
        print(repr(e), e.args)
