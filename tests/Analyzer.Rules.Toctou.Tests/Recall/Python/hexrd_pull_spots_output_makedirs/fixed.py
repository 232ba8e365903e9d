# https://github.com/HEXRD/hexrd/pull/429 (fixes https://github.com/HEXRD/hexrdgui/issues/1192)
# Fixed: each worker calls os.makedirs(output_dir, exist_ok=True), which tolerates another process
# having created the shared detector directory first.
import multiprocessing
import os
import tempfile


class Instrument:
    def __init__(self, panel_ids):
        self.panel_ids = panel_ids

    def collect_spots(self, grain_id, grain_params, dirname, filename):
        written = {}
        for panel in self.panel_ids:
            panel_dir = os.path.join(dirname, panel)
            os.makedirs(panel_dir, exist_ok=True)
            spots_path = os.path.join(panel_dir, filename % grain_id)
            with open(spots_path, "w") as fh:
                fh.write("# grain %d params %r\n" % (grain_id, grain_params))
            written[panel] = spots_path
        return written


def write_grain_spots(args):
    instr, grain_id, params, dirname = args
    return instr.collect_spots(grain_id, params, dirname, "spots_%05d.out")


if __name__ == "__main__":
    root = tempfile.mkdtemp()
    instr = Instrument(["ff1", "ff2"])
    tasks = [(instr, gid, [0.0] * 12, root) for gid in range(8)]
    with multiprocessing.Pool(4) as workers:
        workers.map(write_grain_spots, tasks)
