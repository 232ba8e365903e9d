# https://github.com/Lightning-AI/pytorch-lightning/pull/530
# Fixed version: the callback always calls os.makedirs(filepath, exist_ok=True), which succeeds whether
# this rank or another one creates the checkpoint directory first.
import multiprocessing as mp
import os
import shutil
import tempfile


class TrainerCallback:
    def epoch_finished(self, epoch, logs=None):
        pass


class CheckpointCallback(TrainerCallback):
    def __init__(self, filepath, monitor="val_loss", verbose=0, save_top_k=1, period=1, prefix=""):
        super().__init__()
        self.monitor = monitor
        self.verbose = verbose
        self.filepath = filepath
        os.makedirs(filepath, exist_ok=True)
        self.save_top_k = save_top_k
        self.period = period
        self.prefix = prefix
        self.best_k_models = {}
        self.epochs_since_last_check = 0

    def _write_checkpoint(self, filepath, state):
        with open(filepath, "w") as fh:
            fh.write(repr(state))

    def epoch_finished(self, epoch, logs=None):
        self.epochs_since_last_check += 1
        if self.epochs_since_last_check >= self.period:
            self.epochs_since_last_check = 0
            path = "%s/%s_ckpt_epoch_%d.ckpt" % (self.filepath, self.prefix, epoch)
            self._write_checkpoint(path, logs or {})


def train_rank(process_idx, ckpt_path):
    callback = CheckpointCallback(ckpt_path, prefix="rank%d" % process_idx)
    callback.epoch_finished(0, {"val_loss": 1.0 / (process_idx + 1)})


if __name__ == "__main__":
    root_dir = tempfile.mkdtemp()
    checkpoint_dir = os.path.join(root_dir, "lightning_logs", "version_0", "checkpoints")
    workers = [mp.Process(target=train_rank, args=(i, checkpoint_dir)) for i in range(4)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    shutil.rmtree(root_dir)
