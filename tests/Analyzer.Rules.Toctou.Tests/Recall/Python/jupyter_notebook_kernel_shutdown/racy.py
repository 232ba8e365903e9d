# https://github.com/jupyter/notebook/pull/5875
# AsyncMappingKernelManager.shutdown_kernel() popped kernel_id from _kernel_connections, then
# awaited the slow superclass shutdown that removes it from _kernels; a concurrent GET
# /api/kernels listed ids from _kernels and read _kernel_connections[id] -> KeyError. Fix: pop
# after the awaited shutdown and let list_kernels() skip kernels that vanished meanwhile.
import asyncio


class HTTPError(Exception):
    def __init__(self, status, msg):
        super().__init__(msg)
        self.status = status


class MultiKernelManager:
    def __init__(self):
        self._kernels = {}

    def list_kernel_ids(self):
        return list(self._kernels.keys())

    async def shutdown_kernel(self, kernel_id):
        await asyncio.sleep(0.2)  # remote kernel (Enterprise Gateway) takes a while
        self._kernels.pop(kernel_id, None)


class MappingKernelManager(MultiKernelManager):
    def __init__(self):
        super().__init__()
        self._kernel_connections = {}

    def start_kernel(self, kernel_id):
        self._kernels[kernel_id] = object()
        self._kernel_connections[kernel_id] = 0

    def _check_kernel_id(self, kernel_id):
        if kernel_id not in self._kernels:
            raise HTTPError(404, "Kernel does not exist: %s" % kernel_id)

    async def shutdown_kernel(self, kernel_id):
        self._check_kernel_id(kernel_id)
        self._kernel_connections.pop(kernel_id, None)
        return await super().shutdown_kernel(kernel_id)

    def kernel_model(self, kernel_id):
        self._check_kernel_id(kernel_id)
        return {
            "id": kernel_id,
            "connections": self._kernel_connections[kernel_id],  # Noncompliant
        }

    def list_kernels(self):
        kernels = []
        for kernel_id in self.list_kernel_ids():
            kernels.append(self.kernel_model(kernel_id))
        return kernels


async def poll_kernels(km):
    # GET /api/kernels handler, hit by the frontend every few seconds
    for _ in range(5):
        print(km.list_kernels())
        await asyncio.sleep(0.05)


async def main():
    km = MappingKernelManager()
    km.start_kernel("k1")
    km.start_kernel("k2")
    await asyncio.gather(km.shutdown_kernel("k1"), poll_kernels(km))


if __name__ == "__main__":
    asyncio.run(main())
