# https://github.com/chroma-core/chroma/pull/1194
# Fixed version: the tokenizer and the model are cached properties; a thread that needs the model builds (or
# waits for / reuses) the model itself instead of inferring from the tokenizer that initialisation is complete.
import os
import time
from concurrent.futures import ThreadPoolExecutor
from functools import cached_property
from pathlib import Path


class TokenEncoding(object):
    def __init__(self, text):
        self.ids = [len(w) for w in text.split()]
        self.attention_mask = [1] * len(self.ids)


class FastTokenizer(object):
    @classmethod
    def from_file(cls, path):
        time.sleep(0.05)
        return cls()

    def enable_truncation(self, max_length):
        self.max_length = max_length

    def enable_padding(self, pad_id, pad_token, length):
        self.padding = (pad_id, pad_token, length)

    def encode(self, text):
        return TokenEncoding(text)


class OrtSession(object):
    def __init__(self, path, providers=None):
        time.sleep(0.2)
        self.providers = providers

    def run(self, output_names, feed):
        return [[[float(sum(ids))] for ids in feed["input_ids"]]]


class DefaultEmbeddingFunction(object):
    MODEL_NAME = "all-MiniLM-L6-v2"
    DOWNLOAD_PATH = Path.home() / ".cache" / "chroma" / "onnx_models" / MODEL_NAME
    EXTRACTED_FOLDER_NAME = "onnx"

    def __init__(self, preferred_providers=None):
        self.Tokenizer = FastTokenizer
        self._preferred_providers = preferred_providers

    def _download_model_if_not_exists(self):
        pass

    @cached_property
    def tokenizer(self):
        tokenizer = self.Tokenizer.from_file(
            os.path.join(self.DOWNLOAD_PATH, self.EXTRACTED_FOLDER_NAME, "tokenizer.json"))
        tokenizer.enable_truncation(max_length=256)
        tokenizer.enable_padding(pad_id=0, pad_token="[PAD]", length=256)
        return tokenizer

    @cached_property
    def model(self):
        return OrtSession(
            os.path.join(self.DOWNLOAD_PATH, self.EXTRACTED_FOLDER_NAME, "model.onnx"),
            providers=self._preferred_providers)

    def _forward(self, documents):
        encoded = [self.tokenizer.encode(d) for d in documents]
        onnx_input = {"input_ids": [e.ids for e in encoded], "attention_mask": [e.attention_mask for e in encoded]}
        return self.model.run(None, onnx_input)[0]

    def __call__(self, texts):
        self._download_model_if_not_exists()
        return self._forward(texts)


if __name__ == "__main__":
    ef = DefaultEmbeddingFunction()
    with ThreadPoolExecutor(max_workers=4) as executor:
        results = [executor.submit(ef, ["first document"])]
        time.sleep(0.1)
        results += [executor.submit(ef, ["hello world %d" % i]) for i in range(3)]
    print([repr(r.exception()) for r in results if r.exception()])
