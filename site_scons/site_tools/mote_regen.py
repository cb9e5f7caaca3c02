"""SCons tool: regenerate the cog HAL bindings (``hal/<chip>.py``) from chip data.

``env.HalBindings(chips_dir, gen_dir)`` declares one target per chip, depending only on
that chip's data and the generator package, so changing one chip's data regenerates one
binding module.  The bindings are committed files: never deleted before a rebuild
(Precious) nor by ``scons -c`` (NoClean).
"""

from pathlib import Path

from SCons.Script import Action, Builder


def _regen(target, source, env):
    from firmware.build.regen import regenerate

    for t in target:
        changed = regenerate(t.abspath, env["MOTE_ROOT"])
        print(f"  {'rewrote' if changed else 'unchanged'}: {t}")
    return 0


def _bindings(env, chips_dir, gen_dir):
    generator = sorted(str(p) for p in Path(env.Dir(gen_dir).abspath).glob("*.py"))
    targets = []
    for data in sorted(Path(env.Dir(chips_dir).abspath).glob("*.json")):
        binding = env.File(f"#hal/{data.stem}.py")  # created from a template if missing
        t = env.CogBinding(binding, [str(data)] + generator)
        env.Precious(t)
        env.NoClean(t)
        targets += t
    return targets


def generate(env):
    env["BUILDERS"]["CogBinding"] = Builder(action=Action(_regen, "COG $TARGET"))
    env.AddMethod(_bindings, "HalBindings")


def exists(env):
    return True
