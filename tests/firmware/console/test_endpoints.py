"""Console endpoints: the same REPL over a pseudo-terminal, a TCP port and stdio.

``mote run --console pty`` prints ``console: /dev/pts/N``; ``--console tcp:PORT`` prints
``console: tcp:HOST:PORT``; both serve until SIGTERM, and the flash image holds what the
device wrote when they stop.  ``--console stdio`` (the default) serves on the process's
own stdin/stdout, ending with stdin.
"""

import os
import socket
import stat
import subprocess
import termios

import serial

from firmware import fs as flashfs
from tests.firmware.console.running import MOTE, REPO, build, read_until, served, stop


def test_pty_console_prints_its_path_and_is_a_raw_terminal(tmp_path):
    with served(tmp_path) as (path, _proc):
        assert path.startswith("/dev/pts/")
        assert stat.S_ISCHR(os.stat(path).st_mode)
        fd = os.open(path, os.O_RDWR | os.O_NOCTTY)
        try:
            attrs = termios.tcgetattr(fd)
            assert not attrs[3] & (termios.ECHO | termios.ICANON)  # no echo, no line editing
            assert not attrs[1] & termios.OPOST  # bytes go out untranslated
        finally:
            os.close(fd)


def test_a_client_can_disconnect_and_another_connect(tmp_path):
    with served(tmp_path) as (path, _proc):
        first = serial.Serial(path, timeout=0.05)
        read_until(lambda: first.read(256), b">>> ")
        first.write(b"kept = 'yes'\r")
        read_until(lambda: first.read(256), b">>> ")
        first.close()
        second = serial.Serial(path, timeout=0.05)
        second.write(b"kept\r")
        assert read_until(lambda: second.read(256), b"'yes'\r\n>>> ").endswith(b"'yes'\r\n>>> ")
        second.close()


def test_sigterm_stops_the_device_and_the_flash_image_keeps_its_files(tmp_path):
    with served(tmp_path) as (path, proc):
        port = serial.Serial(path, timeout=0.05)
        read_until(lambda: port.read(256), b">>> ")
        port.write(b"import os; os.mkdir('logs'); f = open('logs/a.txt', 'w'); "
                   b"f.write('kept'); f.close()\r")
        read_until(lambda: port.read(256), b">>> ")
        port.close()
        assert stop(proc) == 0
    files = flashfs.read_files(tmp_path / "flash.img", 512)
    assert files["logs/a.txt"] == b"kept"


def test_tcp_console_serves_the_repl_on_a_loopback_port(tmp_path):
    with served(tmp_path, console="tcp:0") as (where, _proc):
        kind, host, port = where.split(":")
        assert kind == "tcp" and host == "127.0.0.1"
        with socket.create_connection((host, int(port)), timeout=10) as sock:
            def recv():
                try:
                    return sock.recv(4096)
                except TimeoutError:
                    return b""
            sock.settimeout(0.05)
            sock.sendall(b"\r\x01")
            read_until(recv, b"raw REPL; CTRL-B to exit\r\n>")
            sock.sendall(b"print('over tcp')\x04")
            assert read_until(recv, b"\x04>") == b"OKover tcp\r\n\x04\x04>"


def test_stdio_console_runs_what_stdin_types_and_ends_with_it(tmp_path):
    build("pyboard")
    proc = subprocess.run(MOTE + ["run", "--board", "pyboard", "--no-build", "--flash",
                                  str(tmp_path / "flash.img")],
                          input=b"print(6 * 7)\r", cwd=REPO, capture_output=True, timeout=60,
                          check=False)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith(b"MicroPython v")
    assert proc.stdout.endswith(b">>> print(6 * 7)\r\n42\r\n>>> ")


def test_stdio_on_a_terminal_is_raw_and_ctrl_right_bracket_leaves(tmp_path):
    import pexpect
    build("pyboard")
    child = pexpect.spawn(MOTE[0], MOTE[1:] + ["run", "--board", "pyboard", "--no-build",
                                               "--flash", str(tmp_path / "flash.img")],
                          cwd=str(REPO), timeout=30)
    child.expect_exact(b">>> ")
    child.send(b"while True: pass\r\r")
    child.expect_exact(b"... \r\n")
    child.send(b"\x03")  # reaches the device as a byte: the loop stops, mote does not
    child.expect_exact(b"KeyboardInterrupt: \r\n>>> ")
    child.send(b"\x1d")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
