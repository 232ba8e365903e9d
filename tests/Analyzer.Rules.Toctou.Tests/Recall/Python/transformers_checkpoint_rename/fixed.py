# https://github.com/huggingface/transformers/pull/28364
# Fixed shape: after the barrier only the main process (local rank 0 with save_on_each_node, else world rank 0)
# checks for the staging folder and renames it, then fsyncs the directory; the other ranks never touch it.
import os
import shutil

CKPT_PREFIX = "checkpoint"


class _BarrierStub:
    def wait_for_everyone(self):
        pass  # torch.distributed barrier in the real code


class SafeTrainingArgs:
    def __init__(self):
        self.should_save = True
        self.save_on_each_node = False
        self.distributed_state = _BarrierStub()


class SafeTrainer:
    def __init__(self, args, run_dir, local_rank=0, world_rank=0):
        self.args = args
        self.run_dir = run_dir
        self.step = 0
        self.local_rank = local_rank
        self.world_rank = world_rank

    def is_local_process_zero(self):
        return self.local_rank == 0

    def is_world_process_zero(self):
        return self.world_rank == 0

    def write_model(self, target_dir):
        os.makedirs(target_dir, exist_ok=True)

    def rotate_old_checkpoints(self, output_dir):
        pass

    def save_checkpoint_safely(self):
        folder = f"{CKPT_PREFIX}-{self.step}"
        final_dir = os.path.join(self.run_dir, folder)
        staging_dir = os.path.join(self.run_dir, f"tmp-{folder}")

        self.write_model(staging_dir)
        self.args.distributed_state.wait_for_everyone()

        owner = self.is_local_process_zero() if self.args.save_on_each_node else self.is_world_process_zero()
        if owner:
            if staging_dir != final_dir:
                if os.path.exists(staging_dir):
                    os.rename(staging_dir, final_dir)
                    if os.name != "nt":
                        fd = os.open(final_dir, os.O_RDONLY)
                        os.fsync(fd)
                        os.close(fd)
            if self.args.should_save:
                self.rotate_old_checkpoints(output_dir=self.run_dir)
        elif self.is_local_process_zero():
            if staging_dir != final_dir and os.path.exists(staging_dir):
                shutil.rmtree(staging_dir)

        self.args.distributed_state.wait_for_everyone()
