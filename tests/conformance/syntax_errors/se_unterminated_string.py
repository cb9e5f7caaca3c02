# A string literal without its closing quote.
x = 1
s = "abc
