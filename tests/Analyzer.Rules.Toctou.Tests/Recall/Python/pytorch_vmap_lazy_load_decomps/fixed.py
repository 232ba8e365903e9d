# https://github.com/pytorch/pytorch/pull/113520
# Fixed version: the decomposition registration is guarded by a module-level lock and the
# "already loaded" flag is re-checked while holding it, so only one thread registers kernels.
import os
import threading

import torch
from torch._decomp import decomposition_table

DECOMPS_READY = False
DECOMPS_READY_LOCK = threading.Lock()
VMAP_BATCHED_LIB = None

_BATCHED_DECOMPS = (
    torch.ops.aten.mse_loss_backward.default,
    torch.ops.aten.smooth_l1_loss_backward.default,
    torch.ops.aten.huber_loss_backward.default,
)


def ensure_vmap_decompositions():
    global DECOMPS_READY, VMAP_BATCHED_LIB
    if DECOMPS_READY:
        return

    with DECOMPS_READY_LOCK:
        if DECOMPS_READY:
            return

        if not (os.environ.get("PYTORCH_JIT", "1") == "1" and __debug__):
            DECOMPS_READY = True
            return
        VMAP_BATCHED_LIB = torch.library.Library("aten", "IMPL", "FuncTorchBatched")
        for decomp in _BATCHED_DECOMPS:
            VMAP_BATCHED_LIB.impl(decomp, decomposition_table[decomp])
        DECOMPS_READY = True


def batched_call(func, in_dims, *args):
    ensure_vmap_decompositions()
    return torch.vmap(func, in_dims=in_dims)(*args)


def call_from_worker_threads():
    def job():
        batched_call(torch.cos, 0, torch.randn(4, 3))

    workers = [threading.Thread(target=job) for _ in range(64)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()


if __name__ == "__main__":
    call_from_worker_threads()
