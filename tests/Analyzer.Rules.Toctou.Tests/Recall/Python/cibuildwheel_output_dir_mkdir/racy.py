# https://github.com/pypa/cibuildwheel/pull/2287
# Several cibuildwheel processes (one per wheel) share one output directory. build_in_directory
# checked output_dir.exists() and then called output_dir.mkdir(parents=True); another process could
# create it in between, so mkdir raised FileExistsError (issue #2279). Fix: mkdir(exist_ok=True).
import sys
from multiprocessing import Pool
from pathlib import Path


class BuildOptions:
    def __init__(self, package_dir: Path, output_dir: Path) -> None:
        self.package_dir = package_dir
        self.output_dir = output_dir


def build_one_wheel(identifier: str, options: BuildOptions) -> Path:
    wheel = options.output_dir / f"pkg-1.0-{identifier}.whl"
    wheel.write_bytes(b"PK\x05\x06" + b"\x00" * 18)
    return wheel


def build_in_directory(args: tuple) -> Path:
    identifier, package_dir, output_dir = args
    options = BuildOptions(Path(package_dir), Path(output_dir))
    output_dir = options.output_dir

    if not output_dir.exists():
        output_dir.mkdir(parents=True)  # Noncompliant

    return build_one_wheel(identifier, options)


def main() -> None:
    out = sys.argv[1] if len(sys.argv) > 1 else "wheelhouse"
    ids = ["cp310-manylinux_x86_64", "cp311-manylinux_x86_64", "cp312-manylinux_x86_64"]
    with Pool(len(ids)) as pool:
        for wheel in pool.map(build_in_directory, [(i, ".", out) for i in ids]):
            print(wheel)


if __name__ == "__main__":
    main()
