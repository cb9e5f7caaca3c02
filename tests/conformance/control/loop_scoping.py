# Loop variables stay bound after the loop; closures capture the variable.
funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs], i)
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
