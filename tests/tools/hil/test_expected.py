"""Expected outputs by MicroPython's test-runner conventions, and test discovery."""

from tools.hil.expected import CPYTHON_CRASH, board_output, expected_output
from tools.hil.runner import discover


def test_an_exp_file_wins_over_cpython(tmp_path):
    script = tmp_path / "t.py"
    script.write_text("print('cpython says')\n")
    (tmp_path / "t.py.exp").write_bytes(b"board says\r\n")
    assert expected_output(script) == (b"board says\n", "t.py.exp")


def test_cpython_output_is_expected_otherwise(tmp_path):
    script = tmp_path / "t.py"
    script.write_text("print(sorted({3, 1, 2}))\n")
    assert expected_output(script) == (b"[1, 2, 3]\n", "CPython")


def test_a_cpython_failure_is_a_crash_no_board_can_match(tmp_path):
    script = tmp_path / "t.py"
    script.write_text("import machine\n")
    assert expected_output(script) == (CPYTHON_CRASH, "CPython")


def test_board_output_joins_stdout_and_traceback_and_marks_the_crash():
    assert board_output(b"a\r\nb\r\n", b"") == b"a\nb\n"
    assert board_output(b"a\r\n", b"Traceback\r\nValueError\r\n") == b"a\nTraceback\nValueError\nCRASH"


def test_discovery_is_sorted_recursive_and_skips_helpers(tmp_path):
    for name in ("b.py", "a/z.py", "a/_helper.py", "a/notes.txt", "__pycache__/c.py"):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("")
    assert [name for _, name in discover([tmp_path])] == ["a/z.py", "b.py"]
