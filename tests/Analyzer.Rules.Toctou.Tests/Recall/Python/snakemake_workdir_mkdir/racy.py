# https://github.com/snakemake/snakemake/pull/3844
# WorkdirHandler.change_to() checked workdir.exists() and then called
# workdir.mkdir(parents=True) without exist_ok; when several snakemake runs (e.g. a
# parallel test suite) use the same new workdir, the loser of the gap gets
# FileExistsError. The fix passes exist_ok=True so mkdir tolerates the other creator.
import logging
import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

logger = logging.getLogger("snakemake")


@dataclass
class WorkdirHandler:
    workdir: Optional[Path] = None
    olddir: Optional[Path] = field(init=False, default=None)

    def change_to(self) -> None:
        if self.workdir is not None:
            self.olddir = Path.cwd()
            if not self.workdir.exists():
                logger.info(f"Creating specified working directory {self.workdir}.")
                self.workdir.mkdir(parents=True)  # Noncompliant
            os.chdir(self.workdir)

    def change_back(self) -> None:
        if self.workdir is not None and self.olddir is not None:
            os.chdir(self.olddir)


def run_workflow(workdir: str) -> None:
    handler = WorkdirHandler(Path(workdir))
    handler.change_to()
    try:
        pass
    finally:
        handler.change_back()


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=4) as pool:
        for _ in range(4):
            pool.submit(run_workflow, "/tmp/snakemake-shared/workdir")
