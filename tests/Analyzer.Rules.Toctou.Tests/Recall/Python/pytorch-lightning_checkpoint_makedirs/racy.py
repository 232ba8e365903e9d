# https://github.com/Lightning-AI/pytorch-lightning/pull/530
# With DDP, mp.spawn starts one process per GPU and every rank builds a ModelCheckpoint for the same
# directory; the callback tested os.path.exists(filepath) then called os.makedirs(filepath), and another
# rank created it in between -> FileExistsError at startup (issue #529).
# Fix: os.makedirs(filepath, exist_ok=True) without the separate existence test.
import multiprocessing as mp
import os
import shutil
import tempfile


class Callback:
    def on_epoch_end(self, epoch, logs=None):
        pass


class ModelCheckpoint(Callback):
    def __init__(self, filepath, monitor="val_loss", verbose=0, save_top_k=1, period=1, prefix=""):
        super().__init__()
        self.monitor = monitor
        self.verbose = verbose
        self.filepath = filepath
        if not os.path.exists(filepath):
            os.makedirs(filepath)  # Noncompliant
        self.save_top_k = save_top_k
        self.period = period
        self.prefix = prefix
        self.best_k_models = {}
        self.epochs_since_last_check = 0

    def _save_model(self, filepath, state):
        with open(filepath, "w") as fh:
            fh.write(repr(state))

    def on_epoch_end(self, epoch, logs=None):
        self.epochs_since_last_check += 1
        if self.epochs_since_last_check >= self.period:
            self.epochs_since_last_check = 0
            path = "%s/%s_ckpt_epoch_%d.ckpt" % (self.filepath, self.prefix, epoch)
            self._save_model(path, logs or {})


def ddp_train(process_idx, ckpt_path):
    # each spawned rank configures its own checkpoint callback
    checkpoint_callback = ModelCheckpoint(ckpt_path, prefix="rank%d" % process_idx)
    checkpoint_callback.on_epoch_end(0, {"val_loss": 1.0 / (process_idx + 1)})


if __name__ == "__main__":
    root = tempfile.mkdtemp()
    ckpt_path = os.path.join(root, "lightning_logs", "version_0", "checkpoints")
    ranks = [mp.Process(target=ddp_train, args=(i, ckpt_path)) for i in range(4)]
    for p in ranks:
        p.start()
    for p in ranks:
        p.join()
    shutil.rmtree(root)
