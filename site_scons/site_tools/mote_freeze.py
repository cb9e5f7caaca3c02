"""SCons tool: compile frozen modules to .mpy (one target per module, so ``-j`` helps).

``env.FreezeModules(manifest_modules, out_dir)`` returns the .mpy nodes.
"""

from SCons.Script import Action, Builder


def _freeze(target, source, env):
    from firmware.build.freeze import freeze_file

    freeze_file(source[0].abspath, target[0].abspath, env["FROZEN_NAME"])
    return 0


def _freeze_modules(env, modules, out_dir):
    nodes = []
    for m in modules:
        node = env.FrozenMpy(f"{out_dir}/{m.mpy_target}", str(m.source), FROZEN_NAME=m.target)
        env.Depends(node, env["MOTE_COMPILER_FILES"])
        nodes += node
    return nodes


def generate(env):
    env["BUILDERS"]["FrozenMpy"] = Builder(
        action=Action(_freeze, "FREEZE $FROZEN_NAME"), single_source=True)
    env.AddMethod(_freeze_modules, "FreezeModules")


def exists(env):
    return True
