# f-strings: expressions, specs, conversions and nesting.
x, name = 42, 'mote'
print(f'x={x} name={name}')
print(f'{x + 1} {x * 2:5} {name!r} {name.upper()}')
print(f'{x:>6}|{x:<6}|{x:^6}|{x:x}|{3.14159:.2f}')
w = 7
print(f'{x:{w}}|', f'{{literal}}', f'{"q"}')
print(f'{[i * i for i in range(4)]}')
print(f'a' f'{x}' 'b')
