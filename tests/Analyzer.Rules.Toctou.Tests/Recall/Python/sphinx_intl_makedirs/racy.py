# https://github.com/sphinx-doc/sphinx-intl/pull/120 (parallel update added in https://github.com/sphinx-doc/sphinx-intl/pull/110)
# dump_po() created the catalog directory only if os.path.exists() said it was missing; once `update` farmed the po
# files out to a multiprocessing pool, two workers writing into the same new LC_MESSAGES directory could both see it
# missing and the second os.makedirs raised FileExistsError. The fix calls os.makedirs(..., exist_ok=True).
import multiprocessing
import os


def dump_po(filename, catalog_bytes):
    dirname = os.path.dirname(filename)
    if not os.path.exists(dirname):
        os.makedirs(dirname)  # Noncompliant

    with open(filename, "wb") as f:
        f.write(catalog_bytes)


def _update_one(task):
    pot_file, po_file = task
    with open(pot_file, "rb") as f:
        data = f.read()
    dump_po(po_file, data)
    return po_file


def update(locale_dir, pot_dir, languages, jobs=None):
    # first pass: collect the po files to create or update
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

    # second pass: do the work in parallel processes
    with multiprocessing.Pool(jobs) as pool:
        return pool.map(_update_one, tasks)
