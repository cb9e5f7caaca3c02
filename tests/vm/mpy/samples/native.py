# Native and viper functions next to bytecode ones (for the native round-trip test).
import micropython


@micropython.native
def nat(a, b=2):
    return a + b


@micropython.viper
def vip(x: int) -> int:
    return x * 2


def plain(n):
    return [nat(i) for i in range(n)]
