"""SCons tool: collect the ROM qstr pool from every frozen .mpy."""

from pathlib import Path

from SCons.Script import Action, Builder


def _pool(target, source, env):
    from firmware.build.qstr import build_pool, collect_qstrs

    qstrs = collect_qstrs([Path(s.abspath).read_bytes() for s in source])
    Path(target[0].abspath).write_bytes(build_pool(qstrs))
    return 0


def generate(env):
    env["BUILDERS"]["QstrPool"] = Builder(action=Action(_pool, "QSTR $TARGET"))


def exists(env):
    return True
