# https://github.com/microsoft/agent-governance-toolkit/pull/1968
# Fixed shape: a re-entrant threading.RLock guards register/unregister; the duplicate check runs before any
# mutation, and the check, the insert and the persist all happen while the lock is held.
import json
import logging
import threading
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Optional

log = logging.getLogger(__name__)


class CatalogError(Exception):
    pass


@dataclass
class PluginSpec:
    """Stand-in for the pydantic PluginManifest."""
    name: str
    version: str
    description: str = ""


class PluginCatalog:
    """Registry for plugin manifests, with optional file-based persistence."""

    def __init__(self, storage_path: Optional[Path] = None) -> None:
        self._plugins: dict = {}
        self._storage_path = storage_path
        self._lock = threading.RLock()

    def register(self, manifest: PluginSpec) -> None:
        with self._lock:
            versions = self._plugins.get(manifest.name)
            if versions is not None and manifest.version in versions:
                raise CatalogError(
                    f"Plugin {manifest.name}@{manifest.version} is already registered"
                )
            if versions is None:
                versions = {}
                self._plugins[manifest.name] = versions
            versions[manifest.version] = manifest
            log.info("Registered plugin %s@%s", manifest.name, manifest.version)
            self._persist()

    def unregister(self, name: str, version: Optional[str] = None) -> None:
        with self._lock:
            if name not in self._plugins:
                raise CatalogError(f"Plugin not found: {name}")
            if version:
                if version not in self._plugins[name]:
                    raise CatalogError(f"Version not found: {name}@{version}")
                del self._plugins[name][version]
                if not self._plugins[name]:
                    del self._plugins[name]
            else:
                del self._plugins[name]
            self._persist()

    def _persist(self) -> None:
        if not self._storage_path:
            return
        data = [asdict(m) for versions in self._plugins.values() for m in versions.values()]
        with open(self._storage_path, "w") as f:
            json.dump(data, f, indent=2)
