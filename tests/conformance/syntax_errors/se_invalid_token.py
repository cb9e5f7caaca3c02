# A character that is not Python syntax.
x = 1 $ 2
