# https://github.com/canonical/apport/pull/182
# apport checked os.path.exists() on a file and then opened it; another process can
# remove the file in between, so the open raises FileNotFoundError.
# Fix (PR #182): drop the exists check, open directly and catch FileNotFoundError.
import os


def read_report_value(report_dir, name):
    path = os.path.join(report_dir, name)
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as fd:  # Noncompliant
        return fd.read().strip()


def collect(report_dir, names):
    return {name: read_report_value(report_dir, name) for name in names}
