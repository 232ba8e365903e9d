import os
import shutil


def write_once(path, data):
    if not os.path.exists(path):  # Secondary [check]
        with open(path, 'w') as f:  # Noncompliant [TOCTOU004] {{os.path.exists checks path at line 6 and open uses it at line 7; the path can appear, vanish or be swapped in between}}
            f.write(data)


def ensure_dir(path):
    if not os.path.isdir(path):  # Secondary [check]
        os.makedirs(path)  # Noncompliant [TOCTOU004] {{os.path.isdir checks path at line 12 and os.makedirs uses it at line 13; the path can appear, vanish or be swapped in between}}


def ensure_dir_tolerant(path):
    os.makedirs(path, exist_ok=True)


def create_exclusive(path, data):
    try:
        with open(path, 'x') as f:
            f.write(data)
    except FileExistsError:
        pass


def remove_if_present(path):
    if os.path.isfile(path):  # Secondary [check]
        os.remove(path)  # Noncompliant [TOCTOU004] {{os.path.isfile checks path at line 29 and os.remove uses it at line 30; the path can appear, vanish or be swapped in between}}


def replace_dir(path):
    if os.path.exists(path):  # Secondary [check]
        shutil.rmtree(path)  # Noncompliant [TOCTOU004] {{os.path.exists checks path at line 34 and shutil.rmtree uses it at line 35; the path can appear, vanish or be swapped in between}}
    os.mkdir(path)


def size_of(path):
    if os.path.exists(path):
        return os.path.getsize(path)
    return 0
