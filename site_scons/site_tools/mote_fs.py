"""SCons tool: create the board's empty littlefs flash image (``flash.img``)."""

from pathlib import Path

from SCons.Script import Action, Builder


def _format(target, source, env):
    from boards.registry import load_board
    from firmware.fs.image import create_image

    board = load_board(env["BOARD"], Path(env["BOARDS_DIR"]))
    create_image(target[0].abspath, board.fs_block_size, board.fs_block_count)
    return 0


def generate(env):
    env["BUILDERS"]["FlashImage"] = Builder(action=Action(_format, "LITTLEFS $TARGET"))


def exists(env):
    return True
