"""Render Python literals for generated files: stable, wrapped at 99 columns, hex addresses."""

from __future__ import annotations

WIDTH = 99


class Hex(int):
    """An int that renders as a zero-padded hex literal (register and memory addresses)."""

    def __repr__(self) -> str:
        return f"0x{int(self):08X}"


def literal(value: object) -> str:
    """One-line source text for ``value``."""
    if isinstance(value, dict):
        return "{" + ", ".join(f"{literal(k)}: {literal(v)}" for k, v in value.items()) + "}"
    if isinstance(value, tuple) and hasattr(value, "_fields"):  # NamedTuple record
        return _call(type(value).__name__, [literal(v) for v in value])
    if isinstance(value, (tuple, list)):
        inner = ", ".join(literal(v) for v in value)
        if isinstance(value, list):
            return f"[{inner}]"
        return f"({inner},)" if len(value) == 1 else f"({inner})"
    return repr(value)


def _call(name: str, args: list[str]) -> str:
    return f"{name}(" + ", ".join(args) + ")"


def render(value: object, indent: int = 0, prefix: str = "", suffix: str = "") -> list[str]:
    """Source lines for ``prefix + value + suffix``, breaking containers that do not fit."""
    pad = " " * indent
    one = f"{pad}{prefix}{literal(value)}{suffix}"
    if len(one) <= WIDTH:
        return [one]
    if isinstance(value, dict):
        lines = [f"{pad}{prefix}{{"]
        for k, v in value.items():
            lines += render(v, indent + 4, f"{literal(k)}: ", ",")
        return lines + [f"{pad}}}{suffix}"]
    if isinstance(value, tuple) and hasattr(value, "_fields"):
        lines = [f"{pad}{prefix}{type(value).__name__}("]
        for field, v in zip(value._fields, value):
            lines += render(v, indent + 4, f"{field}=", ",")
        return lines + [f"{pad}){suffix}"]
    if isinstance(value, (tuple, list)):
        open_, close = ("[", "]") if isinstance(value, list) else ("(", ")")
        lines = [f"{pad}{prefix}{open_}"]
        # Pack short items several to a line, as a person would.
        row = ""
        for v in value:
            item = literal(v) + ","
            if len(" " * (indent + 4) + row + " " + item) > WIDTH and row:
                lines.append(" " * (indent + 4) + row)
                row = item
            else:
                row = f"{row} {item}" if row else item
        if row:
            lines.append(" " * (indent + 4) + row)
        return lines + [f"{pad}{close}{suffix}"]
    return [one]  # an over-long scalar stays on one line
