# https://github.com/huggingface/transformers/pull/28364
# Trainer._save_checkpoint: every distributed rank (inside main_process_first, so the ranks still all run it)
# checks os.path.exists(staging_dir) and then renames staging_dir to the final checkpoint dir. On a shared/network
# filesystem another rank can rename the folder between the check and the rename -> FileNotFoundError (#27925).
# Fix (PR #28364): only the main process (per node or world) performs the check+rename, then fsyncs the result.
import contextlib
import os

PREFIX_CHECKPOINT_DIR = "checkpoint"


class _DistStateStub:
    def wait_for_everyone(self):
        pass  # torch.distributed barrier in the real code


class RacyTrainingArgs:
    def __init__(self):
        self.should_save = True
        self.save_on_each_node = False
        self.distributed_state = _DistStateStub()

    @contextlib.contextmanager
    def main_process_first(self, local=True, desc="work"):
        # main process runs the block first, the other ranks run it afterwards
        yield


class RacyTrainer:
    def __init__(self, args, run_dir):
        self.args = args
        self.run_dir = run_dir
        self.global_step = 0

    def save_model(self, output_dir):
        os.makedirs(output_dir, exist_ok=True)

    def _rotate_checkpoints(self, output_dir):
        pass

    def _save_checkpoint(self):
        checkpoint_folder = f"{PREFIX_CHECKPOINT_DIR}-{self.global_step}"
        output_dir = os.path.join(self.run_dir, checkpoint_folder)
        staging_output_dir = os.path.join(self.run_dir, f"tmp-{checkpoint_folder}")

        # every rank writes its shard / rng state into the staging folder
        self.save_model(staging_output_dir)

        # wait for all ranks to finish writing
        self.args.distributed_state.wait_for_everyone()

        if staging_output_dir != output_dir:
            with self.args.main_process_first(
                desc="Renaming model checkpoint folder to true location", local=self.args.save_on_each_node
            ):
                if os.path.exists(staging_output_dir):
                    os.rename(staging_output_dir, output_dir)  # Noncompliant

        if self.args.should_save:
            self._rotate_checkpoints(output_dir=self.run_dir)
