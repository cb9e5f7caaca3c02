"""SCons tool: pack frozen .mpy, the qstr pool and the board/chip tables into the ELF."""

from pathlib import Path

from SCons.Script import Action, Builder


def _pack(target, source, env):
    from boards.registry import load_board
    from firmware.image.pack import pack_image
    from hal.gen.model import ChipModel

    board = load_board(env["BOARD"], Path(env["BOARDS_DIR"]))
    chips = [ChipModel.load(c) for c in board.chips]
    frozen_dir = Path(env.Dir(env["FROZEN_DIR"]).abspath)
    frozen = {}
    pool = b""
    for s in source:
        p = Path(s.abspath)
        if p.suffix == ".mpy":
            frozen[p.relative_to(frozen_dir).as_posix()] = p.read_bytes()
        elif p.name == "qstr_pool.bin":
            pool = p.read_bytes()
    Path(target[0].abspath).write_bytes(pack_image(board, chips, frozen, pool))
    return 0


def generate(env):
    env["BUILDERS"]["FirmwareImage"] = Builder(action=Action(_pack, "PACK $TARGET"))


def exists(env):
    return True
