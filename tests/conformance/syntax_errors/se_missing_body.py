# A block header followed by no indented body.
def f():
x = 1
