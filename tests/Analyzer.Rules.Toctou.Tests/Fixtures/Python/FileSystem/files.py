import os
import shutil


def write_once(path, data):
    if not os.path.exists(path):  # Secondary [check]
        with open(path, 'w') as f:  # Noncompliant [TOCTOU004]
            f.write(data)


def ensure_dir(path):
    if not os.path.isdir(path):  # Secondary [check]
        os.makedirs(path)  # Noncompliant [TOCTOU004]


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
        os.remove(path)  # Noncompliant [TOCTOU004]


def replace_dir(path):
    if os.path.exists(path):  # Secondary [check]
        shutil.rmtree(path)  # Noncompliant [TOCTOU004]
    os.mkdir(path)


def size_of(path):
    if os.path.exists(path):
        return os.path.getsize(path)
    return 0
