# https://github.com/chroma-core/chroma/pull/1194
# ONNXMiniLM_L6_V2._init_model_and_tokenizer() ran on every embedding call: `if self.model is None and
# self.tokenizer is None:` then it assigned the tokenizer and only later the model, so a second thread arriving in
# between saw a tokenizer, skipped the init and called self.model.run() on None (chroma#1193).
# Fix: tokenizer and model become functools.cached_property values, each built on first access.
import os
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path


class Encoding(object):
    def __init__(self, text):
        self.ids = [len(w) for w in text.split()]
        self.attention_mask = [1] * len(self.ids)


class Tokenizer(object):
    """Stand-in for tokenizers.Tokenizer."""

    @classmethod
    def from_file(cls, path):
        time.sleep(0.05)  # parsing tokenizer.json
        return cls()

    def enable_truncation(self, max_length):
        self.max_length = max_length

    def enable_padding(self, pad_id, pad_token, length):
        self.padding = (pad_id, pad_token, length)

    def encode(self, text):
        return Encoding(text)


class InferenceSession(object):
    """Stand-in for onnxruntime.InferenceSession."""

    def __init__(self, path, providers=None):
        time.sleep(0.2)  # loading model.onnx
        self.providers = providers

    def run(self, output_names, feed):
        return [[[float(sum(ids))] for ids in feed["input_ids"]]]


class ONNXMiniLM_L6_V2(object):
    MODEL_NAME = "all-MiniLM-L6-v2"
    DOWNLOAD_PATH = Path.home() / ".cache" / "chroma" / "onnx_models" / MODEL_NAME
    EXTRACTED_FOLDER_NAME = "onnx"
    tokenizer = None
    model = None

    def __init__(self, preferred_providers=None):
        self.Tokenizer = Tokenizer
        self._preferred_providers = preferred_providers

    def _download_model_if_not_exists(self):
        pass  # model archive already extracted under DOWNLOAD_PATH

    def _init_model_and_tokenizer(self):
        if self.model is None and self.tokenizer is None:
            self.tokenizer = self.Tokenizer.from_file(  # Noncompliant
                os.path.join(self.DOWNLOAD_PATH, self.EXTRACTED_FOLDER_NAME, "tokenizer.json"))
            # max_seq_length = 256, for some reason sentence-transformers uses 256 even though the HF config has 128
            self.tokenizer.enable_truncation(max_length=256)
            self.tokenizer.enable_padding(pad_id=0, pad_token="[PAD]", length=256)
            self.model = InferenceSession(  # Noncompliant
                os.path.join(self.DOWNLOAD_PATH, self.EXTRACTED_FOLDER_NAME, "model.onnx"),
                providers=self._preferred_providers)

    def _forward(self, documents):
        encoded = [self.tokenizer.encode(d) for d in documents]
        onnx_input = {"input_ids": [e.ids for e in encoded], "attention_mask": [e.attention_mask for e in encoded]}
        return self.model.run(None, onnx_input)[0]

    def __call__(self, texts):
        # Only download the model when it is actually used
        self._download_model_if_not_exists()
        self._init_model_and_tokenizer()
        return self._forward(texts)


if __name__ == "__main__":
    embedding_function = ONNXMiniLM_L6_V2()
    # several request threads of a chroma server add documents to collections at the same time
    with ThreadPoolExecutor(max_workers=4) as pool:
        futures = [pool.submit(embedding_function, ["first document"])]
        time.sleep(0.1)  # the first call is still loading model.onnx
        futures += [pool.submit(embedding_function, ["hello world %d" % i]) for i in range(3)]
    print([repr(f.exception()) for f in futures if f.exception()])
