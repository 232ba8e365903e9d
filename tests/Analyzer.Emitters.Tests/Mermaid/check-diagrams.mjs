// Reads Markdown files, parses every ```mermaid block with Mermaid's parser, and prints one line per block:
// "ok <file>#<n> <diagram type>" or "error <file>#<n> <message>". Exits 1 when a block does not parse.
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';

const dom = new JSDOM('<!doctype html><html><body></body></html>');
globalThis.window = dom.window;
globalThis.document = dom.window.document;
const { default: mermaid } = await import('mermaid');

let failed = false;
for (const file of process.argv.slice(2)) {
  const blocks = [...readFileSync(file, 'utf8').matchAll(/^```mermaid\n([\s\S]*?)^```$/gm)].map(m => m[1]);
  for (const [i, text] of blocks.entries()) {
    try {
      const parsed = await mermaid.parse(text);
      console.log(`ok ${file}#${i + 1} ${parsed.diagramType}`);
    } catch (e) {
      failed = true;
      console.log(`error ${file}#${i + 1} ${String(e.message ?? e).split('\n').join(' ')}`);
    }
  }
}
process.exit(failed ? 1 : 0);
