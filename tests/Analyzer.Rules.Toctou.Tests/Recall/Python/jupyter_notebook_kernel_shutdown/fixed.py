# https://github.com/jupyter/notebook/pull/5875
# Fixed shape: shutdown_kernel() removes the kernel_id from _kernel_connections only after the
# awaited superclass shutdown has removed it from _kernels, and list_kernels() tolerates a
# kernel that disappears while the list is being built (HTTPError/KeyError -> skip it).
import asyncio


class WebHTTPError(Exception):
    def __init__(self, status, msg):
        super().__init__(msg)
        self.status = status


class BaseKernelManager:
    def __init__(self):
        self._kernels = {}

    def list_kernel_ids(self):
        return list(self._kernels.keys())

    async def shutdown_kernel(self, kernel_id):
        await asyncio.sleep(0.2)
        self._kernels.pop(kernel_id, None)


class AsyncMappingKernelManager(BaseKernelManager):
    def __init__(self):
        super().__init__()
        self._kernel_connections = {}

    def start_kernel(self, kernel_id):
        self._kernels[kernel_id] = object()
        self._kernel_connections[kernel_id] = 0

    def _ensure_kernel(self, kernel_id):
        if kernel_id not in self._kernels:
            raise WebHTTPError(404, "Kernel does not exist: %s" % kernel_id)

    async def shutdown_kernel(self, kernel_id):
        self._ensure_kernel(kernel_id)
        ret = await super().shutdown_kernel(kernel_id)
        # Remove kernel_id from the connections dictionary
        self._kernel_connections.pop(kernel_id, None)
        return ret

    def describe_kernel(self, kernel_id):
        self._ensure_kernel(kernel_id)
        return {"id": kernel_id, "connections": self._kernel_connections[kernel_id]}

    def list_kernels(self):
        kernels = []
        for kernel_id in self.list_kernel_ids():
            try:
                kernels.append(self.describe_kernel(kernel_id))
            except (WebHTTPError, KeyError):
                pass  # Probably a (now) non-existent kernel, keep building the list
        return kernels


async def poll_kernel_list(km):
    for _ in range(5):
        print(km.list_kernels())
        await asyncio.sleep(0.05)


async def run_server():
    km = AsyncMappingKernelManager()
    km.start_kernel("k1")
    km.start_kernel("k2")
    await asyncio.gather(km.shutdown_kernel("k1"), poll_kernel_list(km))


if __name__ == "__main__":
    asyncio.run(run_server())
