# An uncaught user-defined exception with a custom message.
class MyError(Exception):
    pass
print('before')
raise MyError('something went wrong', 42)
