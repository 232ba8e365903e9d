# https://github.com/abhibambhaniya/GenZ-LLM-Analyzer/pull/8
# save_layers() in GenZ/Models/get_language_model.py checked whether the model
# output directory existed and, if not, created it with os.makedirs(). When a
# ProcessPoolExecutor-based parallel sweep calls save_layers concurrently for the
# same model, one process can create the directory after another's exists()
# check, and the other's makedirs() raises FileExistsError.
# Fix: os.makedirs(model_path, exist_ok=True), relying on atomic mkdir.
import csv
import os
from concurrent.futures import ProcessPoolExecutor

OUTPUT_DIR = "/tmp/genz/model_layers"


def save_layers(layers, model_name, stage):
    model_path = os.path.join(OUTPUT_DIR, model_name)
    if not os.path.exists(model_path):
        os.makedirs(model_path)  # Noncompliant
    out_file = os.path.join(model_path, f"{stage}.csv")
    with open(out_file, "w", newline="") as fh:
        writer = csv.writer(fh)
        for layer in layers:
            writer.writerow(layer)
    return out_file


def sweep(model_name):
    stages = ["prefill", "decode", "chunked", "spec"]
    layers = [["qkv", 4096, 12288], ["ffn", 4096, 11008]]
    with ProcessPoolExecutor(max_workers=4) as pool:
        futures = [pool.submit(save_layers, layers, model_name, s) for s in stages]
        return [f.result() for f in futures]


if __name__ == "__main__":
    print(sweep("llama2_7b"))
