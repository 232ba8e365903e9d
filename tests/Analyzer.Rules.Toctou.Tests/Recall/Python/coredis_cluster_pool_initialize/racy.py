# https://github.com/alisaifee/coredis/issues/106
# ClusterConnectionPool.initialize() tested `self.initialized` and then awaited the
# NodeManager discovery (CLUSTER SLOTS on every startup node). Concurrent coroutines all saw
# False, all re-ran discovery, and one reset startup_nodes_reachable under another, which
# then raised "cannot be connected". Fix: lock + re-check of `initialized` inside the lock.
import asyncio
from typing import Any, Dict, List


class RedisClusterException(Exception):
    pass


class ClusterNode:
    def __init__(self, host: str, port: int) -> None:
        self.host = host
        self.port = port

    async def cluster_slots(self) -> Dict[tuple, list]:
        await asyncio.sleep(0.01)  # network round trip
        return {(0, 16383): [{"host": self.host, "port": self.port}]}


class SlotDiscovery:
    def __init__(self, startup_nodes: List[ClusterNode]) -> None:
        self.startup_nodes = startup_nodes
        self.nodes: Dict[str, ClusterNode] = {}
        self.slots: Dict[int, ClusterNode] = {}
        self.startup_nodes_reachable = False

    async def discover(self) -> None:
        self.startup_nodes_reachable = False
        tmp_slots: Dict[int, ClusterNode] = {}
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
            raise RedisClusterException("Redis Cluster cannot be connected.")
        self.slots = tmp_slots
        self.nodes = {f"{n.host}:{n.port}": n for n in self.startup_nodes}


class RacyClusterPool:
    def __init__(self, startup_nodes: List[ClusterNode], max_connections: int = 2) -> None:
        self.initialized = False
        self.max_connections = max_connections
        self.nodes = SlotDiscovery(startup_nodes)

    async def initialize(self) -> None:
        if not self.initialized:
            await self.nodes.discover()  # Noncompliant
            if self.max_connections < len(self.nodes.nodes):
                self.max_connections = len(self.nodes.nodes)
            self.initialized = True

    async def execute(self, *args: Any) -> Any:
        await self.initialize()
        return args


async def racy_main() -> None:
    pool = RacyClusterPool([ClusterNode("10.0.0.1", 7000), ClusterNode("10.0.0.2", 7000)])
    await asyncio.gather(*(pool.execute("GET", f"k{i}") for i in range(20)))


if __name__ == "__main__":
    asyncio.run(racy_main())
