# https://github.com/echostack-org/echopype/pull/909
# init_ep_dir() creates echopype's hidden working directory (~/.echopype). It checks
# ECHOPYPE_DIR.exists() and then calls mkdir(); when several processes run in
# parallel (e.g. many conversions started at once), another process can create the
# directory in between and mkdir() raises FileExistsError. Fix: mkdir(exist_ok=True).
from multiprocessing import Pool
from pathlib import Path

ECHOPYPE_DIR = Path.home() / ".echopype"


def init_ep_dir():
    """Initialize hidden directory for echopype"""
    if not ECHOPYPE_DIR.exists():
        ECHOPYPE_DIR.mkdir()  # Noncompliant


def convert_file(raw_path):
    init_ep_dir()
    out = ECHOPYPE_DIR / (Path(raw_path).stem + ".zarr")
    out.write_text(raw_path)
    return str(out)


if __name__ == "__main__":
    files = [f"survey_{i}.raw" for i in range(16)]
    with Pool(8) as pool:
        print(pool.map(convert_file, files))
