"""First-boot set-up of a fresh flash filesystem: write a default boot.py."""

BOOT_PY = """# boot.py -- run on boot-up
"""


def setup(path="boot.py"):
    try:
        open(path).close()
        return False
    except OSError:
        pass
    with open(path, "w") as f:
        f.write(BOOT_PY)
    return True
