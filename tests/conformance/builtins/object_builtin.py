# object() instances: equality, hashing, attribute assignment.
o = object()
print(o == o, o == object(), type(o).__name__)
try:
    o.x = 1
except AttributeError as e:
    print('AttributeError')
