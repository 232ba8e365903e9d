# https://github.com/HEXRD/hexrd/pull/429 (fixes https://github.com/HEXRD/hexrdgui/issues/1192)
# Exporting spots for several grains runs pull_spots() in a multiprocessing pool; every call writes
# its spots file under a shared per-detector output directory and first did
# "if not os.path.exists(output_dir): os.makedirs(output_dir)". Two worker processes both saw the
# directory missing, one created it, and the other's makedirs raised FileExistsError.
# Fix: os.makedirs(output_dir, exist_ok=True) without the separate existence test.
import multiprocessing
import os
import tempfile


class HEDMInstrument:
    def __init__(self, detector_ids):
        self.detector_ids = detector_ids

    def pull_spots(self, grain_id, grain_params, dirname, filename):
        results = {}
        for det_key in self.detector_ids:
            output_dir = os.path.join(dirname, det_key)
            if not os.path.exists(output_dir):
                os.makedirs(output_dir)  # Noncompliant
            output_path = os.path.join(output_dir, filename % grain_id)
            with open(output_path, "w") as fh:
                fh.write("# grain %d params %r\n" % (grain_id, grain_params))
            results[det_key] = output_path
        return results


def export_grain(args):
    instr, grain_id, params, dirname = args
    return instr.pull_spots(grain_id, params, dirname, "spots_%05d.out")


if __name__ == "__main__":
    out_root = tempfile.mkdtemp()
    instrument = HEDMInstrument(["ff1", "ff2"])
    jobs = [(instrument, gid, [0.0] * 12, out_root) for gid in range(8)]
    with multiprocessing.Pool(4) as pool:
        pool.map(export_grain, jobs)
