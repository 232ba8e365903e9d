import os
import tempfile


def make_exec_probe(folder):
    # A file mkstemp just made under a fresh name: no other process knows it.
    fd, name = tempfile.mkstemp(dir=folder, prefix="probe-")
    os.close(fd)
    mode = os.stat(name).st_mode
    if mode & 0o111 == 0:
        os.chmod(name, mode | 0o111)
    if os.path.exists(name):
        os.unlink(name)


def build_in_scratch(files):
    scratch = tempfile.mkdtemp()
    out = os.path.join(scratch, "out")
    if not os.path.isdir(out):
        os.mkdir(out)
    for name in files:
        target = os.path.join(out, name)
        if os.path.exists(target):
            os.remove(target)


def beside_the_probe(folder):
    # The folder a temporary file lives in is shared: only the file's own name is fresh.
    fd, name = tempfile.mkstemp(dir=folder)
    os.close(fd)
    marker = os.path.join(os.path.dirname(name), "marker")
    if not os.path.exists(marker):
        open(marker, "w").close()  # Noncompliant [TOCTOU004] {{os.path.exists checks marker at line 32 and open uses it at line 33; the path can appear, vanish or be swapped in between}}


def reused_name(folder):
    fd, name = tempfile.mkstemp(dir=folder)
    os.close(fd)
    name = os.path.join(folder, "shared.lock")
    if os.path.exists(name):
        os.remove(name)  # Noncompliant [TOCTOU004] {{os.path.exists checks name at line 40 and os.remove uses it at line 41; the path can appear, vanish or be swapped in between}}
