"""Parses every file of a list with CPython's ast module, the yardstick issue 13 measures the Python frontend against.

Usage: python3 ast-parse.py <file-list>. One process: CPython parses on one thread. Prints one JSON line: files parsed,
files that do not parse, and the wall seconds from start to the end.
"""
import ast
import json
import sys
import time

started = time.perf_counter()
with open(sys.argv[1], encoding="utf-8") as listing:
    files = [line for line in listing.read().split("\n") if line]
failed = 0
for path in files:
    with open(path, "rb") as source:
        try:
            ast.parse(source.read(), filename=path)
        except (SyntaxError, ValueError):
            failed += 1
print(json.dumps({"files": len(files), "withErrors": failed, "seconds": time.perf_counter() - started}))
