import os
from os import makedirs
from os.path import isfile, exists
from shutil import rmtree


# Checks and acts imported by name from os.path, os and shutil are theirs, and str() or os.fspath() of a path names the
# same file as the path.
def write_pid(pid_file, pid):
    if isfile(str(pid_file)):  # Secondary [check]
        raise FileExistsError(pid_file)
    with open(pid_file, 'w') as f:  # Noncompliant [TOCTOU004] {{os.path.isfile checks str(pid_file) at line 10 and open uses it at line 12; the path can appear, vanish or be swapped in between}}
        f.write(str(pid))


def ensure_spool(spool):
    if not exists(spool):  # Secondary [check]
        makedirs(spool)  # Noncompliant [TOCTOU004] {{os.path.exists checks spool at line 17 and os.makedirs uses it at line 18; the path can appear, vanish or be swapped in between}}


def clear_spool(spool):
    if exists(spool):  # Secondary [check]
        rmtree(spool)  # Noncompliant [TOCTOU004] {{os.path.exists checks spool at line 22 and shutil.rmtree uses it at line 23; the path can appear, vanish or be swapped in between}}


def ensure_spool_tolerant(spool):
    makedirs(spool, exist_ok=True)


# A function of the module's own named like a check is not one of os.path.
def isdir(path):
    return path.endswith('/')


def make_if_no_slash(path):
    if not isdir(path):
        makedirs(path, exist_ok=True)


# A listing is a use too: the directory can vanish after the test. A removal in a try whose handler takes a vanished
# path as done (except FileNotFoundError) is handled, imported by name or not.
def list_spool(spool):
    if os.path.isdir(spool):  # Secondary [check]
        return os.listdir(spool)  # Noncompliant [TOCTOU004] {{os.path.isdir checks spool at line 43 and os.listdir uses it at line 44; the path can appear, vanish or be swapped in between}}
    return []


def drop_spool(spool):
    if exists(spool):
        try:
            rmtree(spool)
        except FileNotFoundError:
            pass
