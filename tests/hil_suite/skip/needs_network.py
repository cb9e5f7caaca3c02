# MicroPython's convention: a test that cannot run on this target prints SKIP and exits.
try:
    import network  # noqa: F401
except ImportError:
    print("SKIP")
    raise SystemExit
print(network.WLAN)
