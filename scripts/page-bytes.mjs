// What an English reader fetches until the graphic is interactive: index.html and the files
// it names (stylesheet, scripts, the app's JavaScript and WebAssembly), in brotli (quality 11)
// bytes, against the byte budget. Usage: node scripts/page-bytes.mjs [DIST] [--max BYTES]
// With --max it fails when the page is heavier.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants } from "node:zlib";

const args = process.argv.slice(2);
const maxAt = args.indexOf("--max");
const max = maxAt >= 0 ? Number(args.splice(maxAt, 2)[1]) : undefined;
const dist = args[0] || "dist";
const html = readFileSync(join(dist, "index.html"), "utf8");
const local = (url) => url.replace(/^\.\//, "");
const names = [
  "index.html",
  ...[...html.matchAll(/<link[^>]*\bhref=["']?([^"' >]+)[^>]*\brel=["']?stylesheet/g)].map((m) => local(m[1])),
  ...[...html.matchAll(/<script[^>]*\bsrc=["']?([^"' >]+)/g)].map((m) => local(m[1])),
  ...Object.values(JSON.parse(html.match(/id=["']?app-files["']?[^>]*>([^<]*)</)[1])).map(local),
];
let total = 0;
for (const name of names) {
  const body = readFileSync(join(dist, name));
  const params = { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length };
  const br = brotliCompressSync(body, { params }).length;
  total += br;
  console.log(`${name.padEnd(44)} ${String(br).padStart(8)}`);
}
console.log(`${"fetched until interactive (brotli)".padEnd(44)} ${String(total).padStart(8)}`);
if (max !== undefined && total > max) {
  console.error(`over the byte budget: ${total} > ${max} bytes`);
  process.exit(1);
}
