# https://github.com/Storyyeller/Krakatau/pull/40
# Fixed: makedirs is attempted and an EEXIST OSError (directory created concurrently by
# another assembler process) is ignored; other errors are re-raised.
import errno
import os


def store_class_file(base_dir, cname, data):
    out = os.path.join(base_dir, *cname.split("/")) + ".class"
    dirpath = os.path.dirname(out)
    try:
        os.makedirs(dirpath)
    except OSError as e:
        if e.errno != errno.EEXIST:
            raise
    with open(out, "wb") as f:
        f.write(data)
    return out


def assemble_classes(base_dir, classes):
    for cname, data in classes:
        store_class_file(base_dir, cname, data)
