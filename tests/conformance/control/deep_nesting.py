# Deeply nested blocks of different kinds.
def f(n):
    out = []
    for i in range(n):
        if i % 2:
            try:
                with_ = i
                while with_ > 0:
                    with_ -= 2
                    if with_ == 1:
                        out.append('w%d' % i)
            finally:
                out.append('f%d' % i)
        else:
            out.append(i)
    return out
print(f(6))
