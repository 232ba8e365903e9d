# https://github.com/alisaifee/coredis/issues/106
# Fixed shape: ClusterConnectionPool keeps an `_init_lock`; initialize() takes it when not
# yet initialized and re-checks `initialized` inside, so only one coroutine runs discovery.
import asyncio
from typing import Any, Dict, List


class ClusterError(Exception):
    pass


class PeerNode:
    def __init__(self, host: str, port: int) -> None:
        self.host = host
        self.port = port

    async def cluster_slots(self) -> Dict[tuple, list]:
        await asyncio.sleep(0.01)
        return {(0, 16383): [{"host": self.host, "port": self.port}]}


class TopologyManager:
    def __init__(self, startup_nodes: List[PeerNode]) -> None:
        self.startup_nodes = startup_nodes
        self.nodes: Dict[str, PeerNode] = {}
        self.slots: Dict[int, PeerNode] = {}
        self.startup_nodes_reachable = False

    async def refresh(self) -> None:
        self.startup_nodes_reachable = False
        tmp_slots: Dict[int, PeerNode] = {}
        for node in self.startup_nodes:
            try:
                ranges = await node.cluster_slots()
            except ConnectionError:
                continue
            self.startup_nodes_reachable = True
            for (lo, hi), _owners in ranges.items():
                for slot in range(lo, hi + 1):
                    tmp_slots[slot] = node
        if not self.startup_nodes_reachable:
            raise ClusterError("Redis Cluster cannot be connected.")
        self.slots = tmp_slots
        self.nodes = {f"{n.host}:{n.port}": n for n in self.startup_nodes}


class SafeClusterPool:
    def __init__(self, startup_nodes: List[PeerNode], max_connections: int = 2) -> None:
        self.initialized = False
        self.max_connections = max_connections
        self.topology = TopologyManager(startup_nodes)
        self._init_lock = asyncio.Lock()

    async def initialize(self) -> None:
        if not self.initialized:
            async with self._init_lock:
                if self.initialized:
                    return
                await self.topology.refresh()
                if self.max_connections < len(self.topology.nodes):
                    self.max_connections = len(self.topology.nodes)
                self.initialized = True

    async def run_command(self, *args: Any) -> Any:
        await self.initialize()
        return args


async def safe_main() -> None:
    pool = SafeClusterPool([PeerNode("10.0.0.1", 7000), PeerNode("10.0.0.2", 7000)])
    await asyncio.gather(*(pool.run_command("GET", f"k{i}") for i in range(20)))


if __name__ == "__main__":
    asyncio.run(safe_main())
