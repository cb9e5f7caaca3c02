# Module-level names: assignment, reassignment and rebinding builtins locally.
counter = 0
def bump():
    global counter
    counter += 1
bump(); bump()
print(counter)
len = lambda x: 'shadowed'
print(len([1, 2]))
del len
print(len([1, 2]))
