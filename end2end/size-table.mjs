// Prints the raw and brotli (quality 11) size of every file in a folder, and the total.
// Usage: node size-table.mjs DIR
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { brotliCompressSync, constants } from "node:zlib";

const root = process.argv[2] || "dist";
const files = [];
(function walk(dir) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    // Precompressed siblings (.br, .gz) are the same files again.
    else if (!/\.(br|gz)$/.test(name)) files.push(path);
  }
})(root);

const rows = files.map((path) => {
  const body = readFileSync(path);
  const br = brotliCompressSync(body, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
  }).length;
  return [relative(root, path), body.length, br];
});
const total = rows.reduce((t, [, raw, br]) => [t[0] + raw, t[1] + br], [0, 0]);
const width = Math.max(5, ...rows.map(([name]) => name.length));
const line = (name, raw, br) => `${name.padEnd(width)}  ${String(raw).padStart(9)}  ${String(br).padStart(9)}`;
console.log(line("file", "raw bytes", "brotli"));
for (const [name, raw, br] of rows) console.log(line(name, raw, br));
console.log(line("total", total[0], total[1]));
