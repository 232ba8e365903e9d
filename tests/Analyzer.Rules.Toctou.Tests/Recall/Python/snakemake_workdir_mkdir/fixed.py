# https://github.com/snakemake/snakemake/pull/3844
# Fixed version: the working directory is created with mkdir(parents=True,
# exist_ok=True), so a directory made by another snakemake run between the exists()
# check and mkdir() is accepted instead of raising FileExistsError.
import logging
import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

log = logging.getLogger("snakemake")


@dataclass
class SafeWorkdirHandler:
    workdir: Optional[Path] = None
    previous: Optional[Path] = field(init=False, default=None)

    def enter(self) -> None:
        if self.workdir is not None:
            self.previous = Path.cwd()
            if not self.workdir.exists():
                log.info(f"Creating specified working directory {self.workdir}.")
                self.workdir.mkdir(parents=True, exist_ok=True)
            os.chdir(self.workdir)

    def leave(self) -> None:
        if self.workdir is not None and self.previous is not None:
            os.chdir(self.previous)


def execute_workflow(workdir: str) -> None:
    handler = SafeWorkdirHandler(Path(workdir))
    handler.enter()
    try:
        pass
    finally:
        handler.leave()


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=4) as pool:
        for _ in range(4):
            pool.submit(execute_workflow, "/tmp/snakemake-shared/workdir")
