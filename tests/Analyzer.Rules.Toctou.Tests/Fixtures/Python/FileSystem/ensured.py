import os


# The mkdir whose lost race is handled makes sure the directory is there: the chown after it is decided by that, not
# by the isdir test.
def make_shared_dir(path, uid, gid):
    if os.path.isdir(path):
        return
    try:
        os.mkdir(path)
    except FileExistsError:
        pass
    os.chown(path, uid, gid)


def make_private_tree(path, mode):
    if not os.path.isdir(path):
        os.makedirs(path, exist_ok=True)
        os.chmod(path, mode)


# A create on some ways only makes sure of nothing on the others.
def make_shared_dir_if_asked(path, uid, gid, create):
    if os.path.isdir(path):
        return
    if create:
        os.makedirs(path, exist_ok=True)
    os.chown(path, uid, gid)  # Noncompliant [TOCTOU004] {{os.path.isdir checks path at line 24 and os.chown uses it at line 28; the path can appear, vanish or be swapped in between}}
