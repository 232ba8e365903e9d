# https://github.com/abhibambhaniya/GenZ-LLM-Analyzer/pull/8
# Fixed: the existence check is removed and os.makedirs(..., exist_ok=True) creates the directory atomically.
import csv
import os
from concurrent.futures import ProcessPoolExecutor

LAYER_OUTPUT_DIR = "/tmp/genz/model_layers"


def write_layer_table(layers, model_name, stage):
    model_path = os.path.join(LAYER_OUTPUT_DIR, model_name)
    os.makedirs(model_path, exist_ok=True)
    out_file = os.path.join(model_path, f"{stage}.csv")
    with open(out_file, "w", newline="") as fh:
        writer = csv.writer(fh)
        for layer in layers:
            writer.writerow(layer)
    return out_file


def stage_sweep(model_name):
    stages = ["prefill", "decode", "chunked", "spec"]
    layers = [["qkv", 4096, 12288], ["ffn", 4096, 11008]]
    with ProcessPoolExecutor(max_workers=4) as pool:
        futures = [pool.submit(write_layer_table, layers, model_name, s) for s in stages]
        return [f.result() for f in futures]


if __name__ == "__main__":
    print(stage_sweep("llama2_7b"))
