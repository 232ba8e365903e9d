# https://github.com/pytorch/pytorch/pull/113520
# vmap lazily registers its Python decompositions the first time it runs. The module flag is
# checked and then set without any lock, so two threads calling vmap at once can both pass the
# check and both register kernels into the FuncTorchBatched library -> RuntimeError "already a
# kernel registered". Fix: a module-level threading.Lock and a second check of the flag under it.
import os
import threading

import torch
from torch._decomp import decomposition_table

DECOMPOSITIONS_LOADED = False
VMAP_DECOMPOSITIONS_LIB = None

_DECOMPS_TO_REGISTER = (
    torch.ops.aten.mse_loss_backward.default,
    torch.ops.aten.smooth_l1_loss_backward.default,
    torch.ops.aten.huber_loss_backward.default,
)


def lazy_load_decompositions():
    global DECOMPOSITIONS_LOADED, VMAP_DECOMPOSITIONS_LIB
    if DECOMPOSITIONS_LOADED:
        return
    DECOMPOSITIONS_LOADED = True  # Noncompliant

    if not (os.environ.get("PYTORCH_JIT", "1") == "1" and __debug__):
        return
    VMAP_DECOMPOSITIONS_LIB = torch.library.Library("aten", "IMPL", "FuncTorchBatched")
    for decomp in _DECOMPS_TO_REGISTER:
        VMAP_DECOMPOSITIONS_LIB.impl(decomp, decomposition_table[decomp])


def vmap_impl(func, in_dims, *args):
    lazy_load_decompositions()
    return torch.vmap(func, in_dims=in_dims)(*args)


def run_from_many_threads():
    def work():
        vmap_impl(torch.sin, 0, torch.randn(4, 3))

    threads = [threading.Thread(target=work) for _ in range(64)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


if __name__ == "__main__":
    run_from_many_threads()
