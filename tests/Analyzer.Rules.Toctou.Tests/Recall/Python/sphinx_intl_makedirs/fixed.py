# https://github.com/sphinx-doc/sphinx-intl/pull/120 (parallel update added in https://github.com/sphinx-doc/sphinx-intl/pull/110)
# Fixed version: the directory is created with os.makedirs(dirname, exist_ok=True), which is safe when another
# worker process creates it first.
import multiprocessing
import os


def write_catalog(filename, catalog_bytes):
    dirname = os.path.dirname(filename)
    os.makedirs(dirname, exist_ok=True)

    with open(filename, "wb") as f:
        f.write(catalog_bytes)


def _refresh_one(task):
    pot_file, po_file = task
    with open(pot_file, "rb") as f:
        data = f.read()
    write_catalog(po_file, data)
    return po_file


def refresh_catalogs(locale_dir, pot_dir, languages, jobs=None):
    tasks = []
    for dirpath, _dirnames, filenames in os.walk(pot_dir):
        for filename in filenames:
            base, ext = os.path.splitext(filename)
            if ext != ".pot":
                continue
            basename = os.path.relpath(os.path.join(dirpath, base), pot_dir)
            for lang in languages:
                po_file = os.path.join(locale_dir, lang, "LC_MESSAGES", basename + ".po")
                tasks.append((os.path.join(dirpath, filename), po_file))

    with multiprocessing.Pool(jobs) as pool:
        return pool.map(_refresh_one, tasks)
