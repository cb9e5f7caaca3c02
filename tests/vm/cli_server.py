"""Run many programs through the unix-port command (``tools.micropython.main``) cheaply.

    python -m tests.vm.cli_server

A long-lived helper process for tests: it imports the VM once, then reads one JSON request
per line on stdin — ``{"cwd": dir, "argv": [...], "timeout": s}`` — and for each forks a
child that runs ``tools.micropython.main(argv)`` in ``cwd`` with its own stdout/stderr
(fds 1 and 2 redirected to files) and stdin from ``/dev/null``, exactly as the
``build/unix/micropython`` launcher would, minus the interpreter start-up.  It answers one
JSON line ``{"status": exit code, "stdout": ..., "stderr": ...}``; a child that had to be
killed after ``timeout`` seconds answers ``status`` -9.  Whatever escapes ``main`` in the
child (a host exception) is printed with the host's traceback, so a test sees the leak.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
import traceback

_PROTOCOL_OUT = sys.stdout


def _child(cwd: str, argv: list[str], out_fd: int, err_fd: int) -> None:
    status = 70
    try:
        os.chdir(cwd)
        devnull = os.open(os.devnull, os.O_RDONLY)
        os.dup2(devnull, 0)
        os.dup2(out_fd, 1)
        os.dup2(err_fd, 2)
        from tools.micropython import main
        status = main(argv)
    except BaseException:  # noqa: BLE001 - a host error escaping the command is the finding
        traceback.print_exc()
        status = 70
    finally:
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        finally:
            os._exit(status if isinstance(status, int) else 70)


def run(cwd: str, argv: list[str], timeout: float) -> dict:
    """Run one command line in a forked child; its exit status and outputs."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:
            _child(cwd, argv, out.fileno(), err.fileno())
        deadline = time.monotonic() + timeout
        while True:
            done, wait_status = os.waitpid(pid, os.WNOHANG)
            if done:
                status = os.waitstatus_to_exitcode(wait_status)
                break
            if time.monotonic() > deadline:
                os.kill(pid, 9)
                os.waitpid(pid, 0)
                status = -9
                break
            time.sleep(0.002)
        out.seek(0)
        err.seek(0)
        return {"status": status, "stdout": out.read().decode("utf-8", "replace"),
                "stderr": err.read().decode("utf-8", "replace")}


def serve() -> None:
    # Import everything a run needs before the first fork, so children start at once.
    import tools.micropython  # noqa: F401
    import vm.compile
    import vm.runtime.vm  # noqa: F401
    for line in sys.stdin:
        req = json.loads(line)
        reply = run(req["cwd"], req["argv"], float(req.get("timeout", 60)))
        _PROTOCOL_OUT.write(json.dumps(reply) + "\n")
        _PROTOCOL_OUT.flush()


if __name__ == "__main__":
    serve()
