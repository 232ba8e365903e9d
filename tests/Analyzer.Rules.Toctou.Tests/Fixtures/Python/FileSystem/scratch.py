import os
import shutil
import tempfile
from tempfile import mktemp


# mktemp picks a name no file has now and creates nothing: another process can create the path, or a link there,
# before the open.
def scratch_file(data):
    name = tempfile.mktemp(suffix=".txt")  # Secondary [check]
    with open(name, "w") as f:  # Noncompliant [TOCTOU004] {{tempfile.mktemp checks name at line 10 and open uses it at line 11; the path can appear, vanish or be swapped in between}}
        f.write(data)
    return name


def scratch_copy(source):
    path = mktemp()  # Secondary [check]
    shutil.copyfile(source, path)  # Noncompliant [TOCTOU004] {{tempfile.mktemp checks path at line 17 and shutil.copyfile uses it at line 18; the path can appear, vanish or be swapped in between}}
    return path


# An exclusive create fails if the path appeared meanwhile: a link made there, or a file opened with "x".
def scratch_link(target):
    path = mktemp()
    os.symlink(target, path)
    return path


def scratch_file_exclusive(data):
    name = tempfile.mktemp()
    with open(name, "x") as f:
        f.write(data)
    return name


# mkstemp creates the file under a fresh name and returns it open.
def scratch_file_made(data):
    fd, name = tempfile.mkstemp()
    with os.fdopen(fd, "w") as f:
        f.write(data)
    return name
