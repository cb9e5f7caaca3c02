# Containers nested inside each other print recursively.
data = {'list': [1, (2, 3), {'k': None}]}
print(data)
print([[], [[]], ((),)], ({'a': [b'x']},))
