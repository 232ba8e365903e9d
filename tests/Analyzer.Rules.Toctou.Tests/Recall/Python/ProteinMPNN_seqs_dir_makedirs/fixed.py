# https://github.com/dauparas/ProteinMPNN/pull/137
# Fixed: the "seqs" folder is created with os.makedirs(..., exist_ok=True), which does not
# fail when a parallel run has already created it.
import argparse
import os


def run_design(opts):
    out_root = opts.out_folder
    if not out_root.endswith("/"):
        out_root += "/"
    os.makedirs(out_root + "seqs", exist_ok=True)
    stem = os.path.splitext(os.path.basename(opts.pdb_path))[0]
    with open(out_root + "seqs/" + stem + ".fa", "w") as f:
        f.write(">" + stem + "\n")


if __name__ == "__main__":
    cli = argparse.ArgumentParser()
    cli.add_argument("--out_folder", required=True)
    cli.add_argument("--pdb_path", required=True)
    run_design(cli.parse_args())
