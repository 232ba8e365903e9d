import os
from pathlib import Path


def alive(pid):
    try:
        os.kill(pid, 0)
    except OSError:
        return False
    return True


# What the file holds decides the write: another process can write its own pid in between, and both take the file for
# theirs.
def claim_pid_file(pid_file: Path, pid: int) -> bool:
    if pid_file.exists():
        holder = int(pid_file.read_text())  # Noncompliant [TOCTOU004] {{pid_file.exists checks pid_file at line 16 and pid_file.read_text uses it at line 17; the path can appear, vanish or be swapped in between}}
        if holder != pid and alive(holder):
            return False
    pid_file.write_text(str(pid))  # Noncompliant [TOCTOU004] {{pid_file.read_text checks pid_file at line 17 and pid_file.write_text uses it at line 20; the path can appear, vanish or be swapped in between}}
    return True


# A file read and not written again decides nothing about the path.
def read_holder(pid_file: Path) -> int:
    text = pid_file.read_text()
    return int(text) if text else 0
