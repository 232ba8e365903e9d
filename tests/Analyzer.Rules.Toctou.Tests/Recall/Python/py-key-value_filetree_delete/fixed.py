# https://github.com/strawgate/py-key-value/pull/355
# Fixed version: no separate exists() check; unlink is attempted directly and a FileNotFoundError
# (entry already removed by a concurrent delete or TTL purge) is reported as "not deleted".
import asyncio
import os
from pathlib import Path


class WorkerPath:
    def __init__(self, path: Path) -> None:
        self._path = path

    async def unlink(self) -> None:
        await asyncio.to_thread(os.unlink, self._path)


class SafeDiskCollectionInfo:
    def __init__(self, directory: Path) -> None:
        self.directory = directory

    async def _check_path(self, path: WorkerPath) -> None:
        await asyncio.sleep(0)

    async def store_entry(self, key: str, data: str) -> None:
        await asyncio.to_thread((self.directory / f"{key}.json").write_text, data)

    async def remove_entry(self, *, key: str) -> bool:
        key_path = WorkerPath(self.directory / f"{key}.json")
        await self._check_path(path=key_path)
        try:
            await key_path.unlink()
        except FileNotFoundError:
            return False
        return True


async def run_demo(tmp: Path) -> None:
    store = SafeDiskCollectionInfo(tmp)
    await store.store_entry("evt-1", "{}")
    print(await asyncio.gather(store.remove_entry(key="evt-1"), store.remove_entry(key="evt-1")))


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as d:
        asyncio.run(run_demo(Path(d)))
