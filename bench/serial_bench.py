"""Raw-paste throughput: a 50 KB script sent to an emulated pyboard over a pty.

Starts ``mote run --board pyboard --console pty`` and, in the same run, times:

1. our host side of raw-paste (pyserial, flow control as the protocol specifies): the
   transfer alone (from ``\\x05A\\x01`` to the device's end-of-data ``\\x04``) and the whole
   exchange (until the script's output is framed and the prompt is back);
2. ``mpremote run`` of the same file (connect, raw REPL, raw-paste, run);
3. ``mpremote cp`` of the same file to the board (256-byte ``f.write`` execs);

and prints KB/s for each and the ratios against mpremote's own figures.

    .venv/bin/python bench/serial_bench.py [--kb 50]
"""

from __future__ import annotations

import argparse
import os
import struct
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

import serial

MPREMOTE = str(Path(sys.executable).with_name("mpremote"))


def make_script(size: int) -> bytes:
    """A plain script of about ``size`` bytes: assignments with comments, a final print."""
    lines, total, i = [], 0, 0
    while total < size - 40:
        line = f"v{i % 50} = {i} * 3 + 1  # line {i}: padding to look like real code..\n"
        lines.append(line)
        total += len(line)
        i += 1
    lines.append(f"print('ran', {i}, v{(i - 1) % 50})\n")
    return "".join(lines).encode()


def read_until(port, ending: bytes, timeout: float = 120.0) -> bytes:
    data = b""
    deadline = time.monotonic() + timeout
    while not data.endswith(ending):
        if time.monotonic() > deadline:
            raise RuntimeError(f"timeout waiting for {ending!r}: {data[-200:]!r}")
        data += port.read(1 if len(ending) == 1 else max(1, port.in_waiting))
    return data


def raw_paste(port, code: bytes) -> tuple[float, float, bytes]:
    """Send ``code`` by raw-paste; (transfer seconds, total seconds, output)."""
    port.write(b"\r\x03")
    time.sleep(0.1)
    port.reset_input_buffer()
    port.write(b"\r\x01")
    read_until(port, b"raw REPL; CTRL-B to exit\r\n>")
    start = time.perf_counter()
    port.write(b"\x05A\x01")
    if port.read(2) != b"R\x01":
        raise RuntimeError("raw-paste refused")
    window = struct.unpack("<H", port.read(2))[0]
    remain = 0
    sent = 0
    while sent < len(code):
        while remain == 0 or port.in_waiting:
            flag = port.read(1)
            if flag == b"\x01":
                remain += window
            elif flag:
                raise RuntimeError(f"unexpected {flag!r}")
        chunk = code[sent:sent + remain]
        port.write(chunk)
        sent += len(chunk)
        remain -= len(chunk)
    port.write(b"\x04")
    while True:  # window grants still in flight, then the end-of-data ack
        b = port.read(1)
        if b == b"\x04":
            break
    transferred = time.perf_counter() - start
    out = read_until(port, b"\x04>")
    total = time.perf_counter() - start
    port.write(b"\x02")
    return transferred, total, out


def timed(cmd: list[str]) -> tuple[float, str]:
    start = time.perf_counter()
    proc = subprocess.run(cmd, check=False, capture_output=True, text=True, timeout=600)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise RuntimeError(f"{cmd}: {proc.stdout}{proc.stderr}")
    return elapsed, proc.stdout


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--kb", type=float, default=50.0, help="script size in KB (default 50)")
    args = ap.parse_args()
    code = make_script(int(args.kb * 1024))
    kb = len(code) / 1024
    subprocess.run([sys.executable, "-m", "tools.mote", "build", "--board", "pyboard"],
                   cwd=REPO, check=True, capture_output=True)
    with tempfile.TemporaryDirectory() as tmp:
        script = Path(tmp) / "big.py"
        script.write_bytes(code)
        device = subprocess.Popen(
            [sys.executable, "-m", "tools.mote", "run", "--board", "pyboard", "--no-build",
             "--console", "pty", "--flash", str(Path(tmp) / "flash.img")],
            cwd=REPO, stdout=subprocess.PIPE, text=True, env=dict(os.environ,
                                                                 PYTHONUNBUFFERED="1"))
        try:
            path = device.stdout.readline().split("console: ", 1)[1].strip()
            port = serial.Serial(path, timeout=0.5)
            read_until(port, b">>> ")
            xfer, total, out = raw_paste(port, code)
            port.close()
            expect = code.decode().splitlines()[-1]
            assert b"ran" in out, out
            t_run, run_out = timed([MPREMOTE, "connect", path, "run", str(script)])
            assert run_out.startswith("ran"), run_out
            t_cp, _ = timed([MPREMOTE, "connect", path, "cp", str(script), ":big.py"])
            t_noop, _ = timed([MPREMOTE, "connect", path, "exec", "pass"])
        finally:
            device.terminate()
            device.wait(30)
    print(f"script: {len(code):,} bytes ({kb:.1f} KB), last line {expect!r}")
    print(f"raw-paste transfer (ours, pyserial)   {xfer:7.3f} s  {kb / xfer:8.1f} KB/s")
    print(f"raw-paste + compile + run (ours)      {total:7.3f} s  {kb / total:8.1f} KB/s")
    print(f"mpremote run  (same file)             {t_run:7.3f} s  {kb / t_run:8.1f} KB/s")
    print(f"mpremote cp   (same file)             {t_cp:7.3f} s  {kb / t_cp:8.1f} KB/s")
    print(f"mpremote exec 'pass' (connect cost)   {t_noop:7.3f} s")
    paste = max(t_run - t_noop, 1e-6)
    print(f"mpremote run minus connect cost       {paste:7.3f} s  {kb / paste:8.1f} KB/s")
    print(f"ratio: ours transfer / mpremote run = {t_run / xfer:.2f}x faster; "
          f"ours total / mpremote run = {t_run / total:.2f}x; "
          f"mpremote run / mpremote cp = {t_cp / t_run:.2f}x faster")
    return 0


if __name__ == "__main__":
    sys.exit(main())
