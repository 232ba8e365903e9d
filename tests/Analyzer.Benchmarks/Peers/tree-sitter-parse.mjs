// Parses every file of a list with tree-sitter's WebAssembly build on worker threads, the yardstick issue 13 measures
// the analyzer against. Usage: node tree-sitter-parse.mjs <grammar.wasm> <file-list> <workers>
// Prints one JSON line: files parsed, files whose tree has an error node, and the wall seconds from start to the end.
import { readFileSync } from 'node:fs';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { Parser, Language } from 'web-tree-sitter';

async function parseAll(grammar, files) {
  await Parser.init();
  const parser = new Parser();
  parser.setLanguage(await Language.load(grammar));
  let withErrors = 0;
  for (const file of files) {
    const tree = parser.parse(readFileSync(file, 'utf8'));
    if (tree.rootNode.hasError) withErrors++;
    tree.delete();
  }
  return { files: files.length, withErrors };
}

if (isMainThread) {
  const started = process.hrtime.bigint();
  const [grammar, list, workerCount] = process.argv.slice(2);
  const files = readFileSync(list, 'utf8').split('\n').filter(Boolean);
  const count = Math.max(1, Number(workerCount) || 1);
  const shares = Array.from({ length: count }, (_, i) => files.filter((_, j) => j % count === i));
  const results = await Promise.all(shares.map(share => new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: { grammar, files: share } });
    worker.once('message', resolve);
    worker.once('error', reject);
  })));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  console.log(JSON.stringify({
    files: results.reduce((n, r) => n + r.files, 0),
    withErrors: results.reduce((n, r) => n + r.withErrors, 0),
    seconds,
  }));
} else {
  parentPort.postMessage(await parseAll(workerData.grammar, workerData.files));
}
