# break outside a loop.
x = 0
break
