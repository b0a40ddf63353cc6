#!/usr/bin/env python3
"""Runs a command with its standard output on a pseudo-terminal of a given width and prints what
it wrote (line endings as the program wrote them). Usage: in_pty.py COLUMNS COMMAND [ARG ...]"""
import fcntl
import os
import pty
import struct
import subprocess
import sys
import termios


def main() -> int:
    columns = int(sys.argv[1])
    primary, secondary = pty.openpty()
    fcntl.ioctl(secondary, termios.TIOCSWINSZ, struct.pack("HHHH", 50, columns, 0, 0))
    attributes = termios.tcgetattr(secondary)
    attributes[1] &= ~termios.OPOST  # no \n -> \r\n translation
    termios.tcsetattr(secondary, termios.TCSANOW, attributes)
    process = subprocess.Popen(sys.argv[2:], stdout=secondary, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
    os.close(secondary)
    out = b""
    while True:
        try:
            chunk = os.read(primary, 65536)
        except OSError:  # EIO once the program has closed the terminal
            break
        if not chunk:
            break
        out += chunk
    status = process.wait()
    sys.stdout.buffer.write(out)
    return status


if __name__ == "__main__":
    sys.exit(main())
