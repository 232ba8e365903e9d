# https://github.com/pypa/cibuildwheel/pull/2287
# Fixed version: the existence check is dropped and mkdir(parents=True, exist_ok=True) is used, so a
# directory created by a concurrently running cibuildwheel process is accepted.
import sys
from multiprocessing import Pool
from pathlib import Path


class WheelBuildOptions:
    def __init__(self, package_dir: Path, output_dir: Path) -> None:
        self.package_dir = package_dir
        self.output_dir = output_dir


def produce_wheel(identifier: str, options: WheelBuildOptions) -> Path:
    wheel = options.output_dir / f"pkg-1.0-{identifier}.whl"
    wheel.write_bytes(b"PK\x05\x06" + b"\x00" * 18)
    return wheel


def build_in_directory_safe(args: tuple) -> Path:
    identifier, package_dir, output_dir = args
    options = WheelBuildOptions(Path(package_dir), Path(output_dir))
    options.output_dir.mkdir(parents=True, exist_ok=True)
    return produce_wheel(identifier, options)


def run_builds() -> None:
    out = sys.argv[1] if len(sys.argv) > 1 else "wheelhouse"
    ids = ["cp310-manylinux_x86_64", "cp311-manylinux_x86_64", "cp312-manylinux_x86_64"]
    with Pool(len(ids)) as pool:
        for wheel in pool.map(build_in_directory_safe, [(i, ".", out) for i in ids]):
            print(wheel)


if __name__ == "__main__":
    run_builds()
