# A starred expression on its own.
x = 1
*x
