# https://github.com/strawgate/py-key-value/pull/355
# FileTreeStore.delete_entry awaited key_path.exists() and then awaited key_path.unlink(); two
# concurrent deletes of the same key (e.g. FastMCP's event-store eviction, issue #354) could both pass
# the check and the second unlink raised FileNotFoundError. Fix: unlink directly, treat missing as False.
import asyncio
import os
from pathlib import Path


class AsyncPath:
    """Tiny stand-in for anyio's AsyncPath: each call runs in a worker thread."""

    def __init__(self, path: Path) -> None:
        self._path = path

    async def exists(self) -> bool:
        return await asyncio.to_thread(self._path.exists)

    async def unlink(self) -> None:
        await asyncio.to_thread(os.unlink, self._path)


class DiskCollectionInfo:
    def __init__(self, directory: Path) -> None:
        self.directory = directory

    async def _validate_path_security(self, path: AsyncPath) -> None:
        await asyncio.sleep(0)

    async def put_entry(self, key: str, data: str) -> None:
        await asyncio.to_thread((self.directory / f"{key}.json").write_text, data)

    async def delete_entry(self, *, key: str) -> bool:
        key_path = AsyncPath(self.directory / f"{key}.json")
        await self._validate_path_security(path=key_path)

        if not await key_path.exists():
            return False

        await key_path.unlink()  # Noncompliant
        return True


async def main(tmp: Path) -> None:
    store = DiskCollectionInfo(tmp)
    await store.put_entry("evt-1", "{}")
    # SSE writer and message router evict the same old event id at the same time
    print(await asyncio.gather(store.delete_entry(key="evt-1"), store.delete_entry(key="evt-1")))


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as d:
        asyncio.run(main(Path(d)))
