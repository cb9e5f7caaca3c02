"""framebuf programs whose buffers are compared with the real MicroPython's.

Each entry is (name, setup, drawing).  `setup` makes `buf` and `fb`; the drawing runs, then
the program prints the buffer as hex.  Together they cover every format and method, the
clipping edges (negative and past-the-end coordinates) and the degenerate sizes.
"""

FORMATS = {
    "mono_vlsb": "buf = bytearray(24 * 3); fb = framebuf.FrameBuffer(buf, 24, 20, framebuf.MONO_VLSB)",
    "mono_hlsb": "buf = bytearray(3 * 20); fb = framebuf.FrameBuffer(buf, 21, 20, framebuf.MONO_HLSB)",
    "mono_hmsb": "buf = bytearray(3 * 20); fb = framebuf.FrameBuffer(buf, 21, 20, framebuf.MONO_HMSB)",
    "rgb565": "buf = bytearray(2 * 12 * 10); fb = framebuf.FrameBuffer(buf, 12, 10, framebuf.RGB565)",
    "gs2_hmsb": "buf = bytearray(4 * 10); fb = framebuf.FrameBuffer(buf, 15, 10, framebuf.GS2_HMSB)",
    "gs4_hmsb": "buf = bytearray(7 * 10); fb = framebuf.FrameBuffer(buf, 13, 10, framebuf.GS4_HMSB)",
    "gs8": "buf = bytearray(12 * 10); fb = framebuf.FrameBuffer(buf, 12, 10, framebuf.GS8)",
}

DRAWINGS = {
    "fill": "fb.fill(1)",
    "fill_col": "fb.fill(0x5a5)",
    "pixels": "[fb.pixel(x, (x * 7) % 11, x + 1) for x in range(-2, 30)]",
    "hline_vline": "fb.hline(-3, 2, 40, 1); fb.vline(5, -4, 30, 3); fb.hline(2, 9, 0, 1)",
    "rect": "fb.rect(1, 1, 10, 7, 1); fb.rect(-2, 4, 6, 30, 2); fb.rect(3, 3, 4, 4, 3, True)",
    "fill_rect": "fb.fill_rect(2, 2, 5, 5, 1); fb.fill_rect(-5, -5, 8, 8, 2); fb.fill_rect(9, 8, 100, 100, 3)",
    "lines": "fb.line(0, 0, 11, 9, 1); fb.line(11, 0, 0, 9, 2); fb.line(3, -5, 7, 30, 3); fb.line(-4, 2, 30, 5, 1)",
    "line_steep": "fb.line(2, 9, 3, 0, 1); fb.line(5, 5, 5, 5, 2); fb.line(8, 1, 1, 2, 3)",
    "ellipse": "fb.ellipse(6, 5, 5, 4, 1); fb.ellipse(3, 3, 0, 0, 2); fb.ellipse(10, 2, 3, 6, 3)",
    "ellipse_fill": "fb.ellipse(6, 5, 5, 4, 1, True); fb.ellipse(12, 9, 3, 2, 2, True)",
    "ellipse_quadrants": "fb.ellipse(6, 5, 5, 4, 1, False, 5); fb.ellipse(6, 5, 3, 3, 2, True, 0b1010)",
    "poly": "fb.poly(1, 1, array('h', [0, 0, 9, 2, 5, 8]), 1)",
    "poly_fill": "fb.poly(0, 0, array('h', [1, 1, 10, 3, 6, 9, 2, 7]), 1, True)",
    "poly_concave": "fb.poly(2, 0, array('h', [0, 0, 8, 0, 4, 4, 8, 9, 0, 9]), 3, True)",
    "poly_flat": "fb.poly(0, 0, array('h', [1, 2, 9, 2, 9, 2]), 1, True); fb.poly(0, 0, array('h', []), 1)",
    "text": "fb.text('Hi!', 0, 0, 1); fb.text('~{|', -3, 9, 2)",
    "text_clip": "fb.text('ab\\x7f\\xe9', 5, -3, 1); fb.text('Z', 20, 14, 3)",
    "scroll": "fb.text('AB', 0, 0, 1); fb.scroll(3, 2)",
    "scroll_neg": "fb.text('AB', 2, 2, 1); fb.scroll(-2, -1)",
    "scroll_big": "fb.fill(1); fb.scroll(50, 0); fb.pixel(0, 0, 0)",
    "blit": ("src = bytearray(8); s = framebuf.FrameBuffer(src, 8, 8, framebuf.MONO_VLSB); "
             "s.text('x', 0, 0, 1); fb.blit(s, 2, 1); fb.blit(s, -3, -2, 0)"),
    "blit_palette": ("src = bytearray(8); s = framebuf.FrameBuffer(src, 8, 8, framebuf.MONO_VLSB); "
                     "s.text('o', 0, 0, 1); pb = bytearray(4); "
                     "p = framebuf.FrameBuffer(pb, 2, 1, framebuf.GS8); p.pixel(0, 0, 2); p.pixel(1, 0, 3); "
                     "fb.blit(s, 1, 1, -1, p); fb.blit((bytearray(b'\\xff' * 8), 8, 8, framebuf.MONO_VLSB), 30, 0)"),
}

ERRORS = [
    "framebuf.FrameBuffer(bytearray(10), 8, 16, framebuf.MONO_VLSB)",
    "framebuf.FrameBuffer(bytearray(10), 8, 8, 99)",
    "framebuf.FrameBuffer(bytearray(64), 8, 8, framebuf.GS8).poly(0, 0, [1, 2, 3, 4], 1)",
    "framebuf.FrameBuffer(bytearray(64), 8, 8, framebuf.GS8).pixel(9, 9)",
    "framebuf.FrameBuffer(bytearray(64), 8, 8, framebuf.GS8).pixel(2, 3)",
    "framebuf.FrameBuffer1(bytearray(8), 8, 8).pixel(0, 0)",
    "framebuf.MVLSB == framebuf.MONO_VLSB",
]


def programs() -> list[tuple[str, str]]:
    """(name, source) of every buffer program: each format x each drawing."""
    out = []
    for fname, setup in FORMATS.items():
        for dname, drawing in DRAWINGS.items():
            out.append((f"{fname}-{dname}", f"{setup}\n{drawing}\nprint(bytes(buf).hex())\n"))
    return out


def batch(items: list[tuple[str, str]]) -> str:
    """One program running many: each prints '@name' then its output or its error."""
    parts = ["import framebuf\nfrom array import array\n"]
    for name, src in items:
        body = "\n".join("    " + line for line in src.strip().splitlines())
        parts.append(f"print('@{name}')\ntry:\n{body}\nexcept Exception as e:\n"
                     f"    print(type(e).__name__, e)\n")
    return "".join(parts)


def error_programs() -> list[tuple[str, str]]:
    return [(f"err{i}", f"print(repr({expr}))") for i, expr in enumerate(ERRORS)]


def split(output: str) -> dict[str, str]:
    res: dict[str, str] = {}
    name = None
    for line in output.splitlines():
        if line.startswith("@"):
            name = line[1:]
            res[name] = ""
        elif name is not None:
            res[name] += line + "\n"
    return res
