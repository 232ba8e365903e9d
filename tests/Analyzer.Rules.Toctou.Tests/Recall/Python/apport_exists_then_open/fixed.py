# https://github.com/canonical/apport/pull/182
# Fixed: open the file directly and treat FileNotFoundError as "not present" (EAFP),
# so a concurrent removal between check and open cannot crash the caller.
import os


def read_report_value_safe(report_dir, name):
    path = os.path.join(report_dir, name)
    try:
        with open(path, encoding="utf-8") as fd:
            return fd.read().strip()
    except FileNotFoundError:
        return None


def collect_safe(report_dir, names):
    return {name: read_report_value_safe(report_dir, name) for name in names}
