# https://github.com/echostack-org/echopype/pull/909
# Fixed version: mkdir(exist_ok=True) tolerates another process having created
# the directory after the exists() check.
from multiprocessing import Pool
from pathlib import Path

EP_HOME_DIR = Path.home() / ".echopype"


def init_ep_dir_safe():
    """Initialize hidden directory for echopype"""
    if not EP_HOME_DIR.exists():
        EP_HOME_DIR.mkdir(exist_ok=True)


def convert_file_safe(raw_path):
    init_ep_dir_safe()
    out = EP_HOME_DIR / (Path(raw_path).stem + ".zarr")
    out.write_text(raw_path)
    return str(out)


if __name__ == "__main__":
    files = [f"survey_{i}.raw" for i in range(16)]
    with Pool(8) as pool:
        print(pool.map(convert_file_safe, files))
