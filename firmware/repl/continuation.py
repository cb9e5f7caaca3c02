"""When the friendly REPL asks for another line (``... ``): MicroPython's rule.

After ``py/repl.c``'s ``mp_repl_continue_with_input``: continue while a bracket or a
triple-quoted string is open, after a trailing backslash, and — for input that starts
with a compound-statement keyword (or a decorator) — until an empty line ends it.
Comments are not special, as in MicroPython.
"""

from __future__ import annotations

__all__ = ["COMPOUND_KEYWORDS", "continue_with_input"]

#: First words that open a compound statement (``@`` starts a decorated one).
COMPOUND_KEYWORDS = ("if", "while", "for", "try", "with", "def", "class", "async")


def _starts_with_word(text: str, word: str) -> bool:
    if not text.startswith(word):
        return False
    rest = text[len(word):len(word) + 1]
    return not (rest.isalnum() or rest == "_")


def continue_with_input(text: str) -> bool:
    """Whether the REPL input ``text`` (lines joined by ``\\n``) needs another line."""
    if not text:
        return False
    compound = text[0] == "@" or any(_starts_with_word(text, w) for w in COMPOUND_KEYWORDS)
    depth = 0
    quote = ""  # the open quote: ', ", ''' or """
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if quote:
            if c == "\\":
                i += 2
                continue
            if text.startswith(quote, i):
                i += len(quote)
                quote = ""
                continue
        elif c in "'\"":
            quote = c * 3 if text.startswith(c * 3, i) else c
            i += len(quote)
            continue
        elif c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
        i += 1
    if quote in ("'''", '"""'):
        return True
    if depth > 0:
        return True
    if text.endswith("\\"):
        return True
    return compound and not text.endswith("\n")
