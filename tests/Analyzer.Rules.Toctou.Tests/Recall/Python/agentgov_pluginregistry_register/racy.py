# https://github.com/microsoft/agent-governance-toolkit/pull/1968
# register() fetched (or created) the plugin's version dict, checked whether the version was already in it,
# and then inserted it, with no lock: two threads registering the same name+version could both pass the
# duplicate check and both "win". The fix adds a threading.RLock and does check-then-insert under it.
import json
import logging
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Optional

logger = logging.getLogger(__name__)


class MarketplaceError(Exception):
    pass


@dataclass
class PluginManifest:
    """Stand-in for the pydantic PluginManifest."""
    name: str
    version: str
    description: str = ""


class PluginRegistry:
    """Registry for plugin manifests, with optional file-based persistence."""

    def __init__(self, storage_path: Optional[Path] = None) -> None:
        self._plugins: dict = {}
        self._storage_path = storage_path

    def register(self, manifest: PluginManifest) -> None:
        versions = self._plugins.setdefault(manifest.name, {})
        if manifest.version in versions:
            raise MarketplaceError(
                f"Plugin {manifest.name}@{manifest.version} is already registered"
            )
        versions[manifest.version] = manifest  # Noncompliant
        logger.info("Registered plugin %s@%s", manifest.name, manifest.version)
        self._persist()

    def unregister(self, name: str, version: Optional[str] = None) -> None:
        if name not in self._plugins:
            raise MarketplaceError(f"Plugin not found: {name}")
        if version:
            if version not in self._plugins[name]:
                raise MarketplaceError(f"Version not found: {name}@{version}")
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
