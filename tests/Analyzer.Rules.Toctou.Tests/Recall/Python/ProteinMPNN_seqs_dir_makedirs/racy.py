# https://github.com/dauparas/ProteinMPNN/pull/137
# protein_mpnn_run.py prepares its output tree by checking os.path.exists() on the
# "seqs" sub-folder and then calling os.makedirs() on it. Users launch many runs into the
# same output folder with GNU parallel; another run creates the folder between the check
# and the call, and the job dies with FileExistsError (traceback in the PR). The proposed
# fix is os.makedirs(..., exist_ok=True).
import argparse
import os


def main(args):
    base_folder = args.out_folder
    if not base_folder.endswith("/"):
        base_folder += "/"
    if not os.path.exists(base_folder + "seqs"):
        os.makedirs(base_folder + "seqs")  # Noncompliant
    name = os.path.splitext(os.path.basename(args.pdb_path))[0]
    with open(base_folder + "seqs/" + name + ".fa", "w") as f:
        f.write(">" + name + "\n")


if __name__ == "__main__":
    # Launched as e.g. `parallel python protein_mpnn_run.py --out_folder out --pdb_path {} ::: *.pdb`
    parser = argparse.ArgumentParser()
    parser.add_argument("--out_folder", required=True)
    parser.add_argument("--pdb_path", required=True)
    main(parser.parse_args())
