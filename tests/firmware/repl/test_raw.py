"""The raw REPL and raw-paste mode at the byte level, over a real pseudo-terminal.

The exchanges are MicroPython's (docs/reference/repl.rst, "Raw mode and raw-paste mode"):
a host such as mpremote or pyboard.py relies on every byte of them.
"""

import struct

import pytest
import serial

from tests.firmware.console.running import read_until, served

RAW_BANNER = b"raw REPL; CTRL-B to exit\r\n>"


@pytest.fixture
def port(tmp_path):
    with served(tmp_path) as (path, _proc):
        s = serial.Serial(path, timeout=0.05)
        read_until(lambda: s.read(256), b">>> ")
        yield s
        s.close()


def expect(port, ending, timeout=10.0):
    return read_until(lambda: port.read(256), ending, timeout)


def enter_raw(port):
    port.write(b"\r\x01")
    expect(port, RAW_BANNER)


def test_ctrl_a_enters_the_raw_repl_with_its_banner_and_prompt(port):
    port.write(b"\x01")
    assert expect(port, RAW_BANNER) == b"\r\n" + RAW_BANNER


def test_ctrl_d_runs_the_code_and_frames_output_and_errors_with_eof_markers(port):
    enter_raw(port)
    port.write(b"print('out')\x04")
    assert expect(port, b"\x04>") == b"OKout\r\n\x04\x04>"
    port.write(b"print('a')\nraise ValueError('bad')\x04")
    reply = expect(port, b"\x04>")
    normal, error, rest = reply[2:].split(b"\x04")
    assert reply.startswith(b"OK") and normal == b"a\r\n" and rest == b">"
    assert error == (b'Traceback (most recent call last):\r\n  File "<stdin>", line 2, '
                     b"in <module>\r\nValueError: bad\r\n")


def test_ctrl_c_clears_the_buffer_and_ctrl_b_returns_to_the_friendly_repl(port):
    enter_raw(port)
    port.write(b"print('never')\x03print('kept')\x04")
    assert expect(port, b"\x04>") == b"OKkept\r\n\x04\x04>"
    port.write(b"\x02")
    reply = expect(port, b">>> ")
    assert reply.startswith(b"\r\nMicroPython ") and b'Type "help()"' in reply


def test_ctrl_d_on_an_empty_buffer_soft_resets_back_into_the_raw_repl(port):
    enter_raw(port)
    port.write(b"x = 1\x04")
    expect(port, b"\x04>")
    port.write(b"\x04")
    assert expect(port, RAW_BANNER) == b"OK\r\nMPY: soft reboot\r\n" + RAW_BANNER
    port.write(b"print('x' in globals())\x04")
    assert expect(port, b"\x04>") == b"OKFalse\r\n\x04\x04>"


def raw_paste(port, code: bytes) -> tuple[bytes, bytes]:
    """Send ``code`` with raw-paste's flow control, as the protocol requires of a host:
    never more than the window the device has granted."""
    port.write(b"\x05A\x01")
    assert port.read(2) == b"R\x01"
    window = struct.unpack("<H", port.read(2))[0]
    granted = 0
    sent = 0
    while sent < len(code):
        while granted == 0 or port.in_waiting:
            flag = port.read(1)
            assert flag in (b"\x01", b""), flag
            if flag == b"\x01":
                granted += window
        chunk = code[sent:sent + granted]
        port.write(chunk)
        sent += len(chunk)
        granted -= len(chunk)
    port.write(b"\x04")
    # Any remaining window grants, then the end-of-data acknowledgement.
    ack = read_until(lambda: port.read(1), b"\x04")
    assert set(ack[:-1]) <= {1}
    reply = expect(port, b"\x04>")
    normal, error, _ = reply.split(b"\x04")
    return normal, error


def test_raw_paste_answers_with_its_window_and_grants_one_window_at_once(port):
    enter_raw(port)
    port.write(b"\x05A\x01")
    reply = port.read(5)
    assert reply[:2] == b"R\x01" and reply[4:] == b"\x01"
    assert struct.unpack("<H", reply[2:4])[0] == 128  # half of a 256-byte stdin buffer
    port.write(b"print(6 * 7)\x04")
    assert expect(port, b"\x04>") == b"\x0442\r\n\x04\x04>"


def test_raw_paste_flow_control_grants_a_window_for_each_window_consumed(port):
    enter_raw(port)
    lines = [f"v{i} = {i} * 2  # padding to make the script long\n".encode() for i in range(200)]
    code = b"".join(lines) + b"print(v199, len(globals()) > 200)\n"
    assert len(code) > 20 * 128
    normal, error = raw_paste(port, code)
    assert (normal, error) == (b"398 True\r\n", b"")


def test_raw_paste_reports_errors_after_the_first_eof_marker(port):
    enter_raw(port)
    normal, error = raw_paste(port, b"print('before')\n1 +\n")
    assert normal == b""
    assert error.endswith(b"SyntaxError: invalid syntax\r\n")
    normal, error = raw_paste(port, b"print('before')\nundefined_name\n")
    assert normal == b"before\r\n"
    assert error.endswith(b"NameError: name 'undefined_name' isn't defined\r\n")


def test_ctrl_c_aborts_a_raw_paste_with_a_keyboard_interrupt(port):
    enter_raw(port)
    port.write(b"\x05A\x01")
    assert port.read(5)[:2] == b"R\x01"
    port.write(b"print('never')\x03")
    reply = expect(port, b"\x04>")
    assert reply.startswith(b"\x04\x04") and b"KeyboardInterrupt" in reply


def test_an_unknown_raw_paste_command_is_refused_with_r_0(port):
    enter_raw(port)
    port.write(b"\x05B\x01")
    assert expect(port, b">") == b"R\x00>"
    port.write(b"print('still raw')\x04")
    assert expect(port, b"\x04>") == b"OKstill raw\r\n\x04\x04>"
