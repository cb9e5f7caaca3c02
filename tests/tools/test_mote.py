"""``mote run``: build a board, put an app on its flash, boot it, end with main.py."""

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
MOTE = [sys.executable, "-m", "tools.mote"]


def run(*args, cwd=REPO):
    return subprocess.run(MOTE + list(args), cwd=cwd, capture_output=True, text=True,
                          timeout=300)


def test_the_readme_example_runs_on_the_default_board():
    proc = run("run", "--exit", "examples/hello_async")
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0] == "temperature: sample 0 = 1"
    assert lines[-2:] == ["collected 5 readings", "done"]


def test_an_uncaught_exception_ends_with_status_1_and_a_micropython_traceback(tmp_path):
    app = tmp_path / "app"
    app.mkdir()
    (app / "main.py").write_text("print('start')\nraise ValueError('boom')\n")
    proc = run("run", "--board", "esp8266", "--exit", str(app))
    assert proc.returncode == 1
    # A board has one console: the traceback follows the output on it.
    assert proc.stdout == ("start\nTraceback (most recent call last):\n"
                           '  File "main.py", line 2, in <module>\nValueError: boom\n')


def test_files_written_by_the_app_persist_in_the_flash_image(tmp_path):
    app = tmp_path / "app"
    app.mkdir()
    (app / "main.py").write_text(
        "try:\n    n = int(open('count.txt').read())\nexcept OSError:\n    n = 0\n"
        "print('boot', n)\nf = open('count.txt', 'w')\nf.write(str(n + 1))\nf.close()\n")
    first = run("run", "--board", "wipy", "--exit", str(app))
    assert first.returncode == 0, first.stderr
    # Boot again without re-copying the app: main.py and count.txt come from flash.
    second = run("run", "--board", "wipy", "--exit")
    assert second.returncode == 0, second.stderr
    assert int(second.stdout.split()[1]) == int(first.stdout.split()[1]) + 1
