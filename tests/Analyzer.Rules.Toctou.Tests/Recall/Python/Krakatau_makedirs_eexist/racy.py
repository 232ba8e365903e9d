# https://github.com/Storyyeller/Krakatau/pull/40
# When several assemble.py instances run at once (make -j4), each checks
# os.path.exists(dirname) and then calls os.makedirs(dirname); another process can create
# the directory in between and makedirs raises EEXIST. Fix: ignore EEXIST from makedirs.
import os


def write_class_file(base_dir, cname, data):
    out = os.path.join(base_dir, *cname.split("/")) + ".class"
    dirpath = os.path.dirname(out)
    if not os.path.exists(dirpath):
        os.makedirs(dirpath)  # Noncompliant
    with open(out, "wb") as f:
        f.write(data)
    return out


def assemble_all(base_dir, classes):
    for cname, data in classes:
        write_class_file(base_dir, cname, data)
