// Where a wasm file's bytes go: code bytes per function (by the name section) and data
// bytes, largest first. Usage: node wasm-top.mjs FILE.wasm [N]
// Needs a build with names (wasm-opt drops them unless run with -g).
import { readFileSync } from "node:fs";
import { brotliCompressSync, constants } from "node:zlib";
import { functionNames, readU32 } from "../scripts/wasm-names.mjs";

const buf = readFileSync(process.argv[2]);
const top = Number(process.argv[3] || 40);
let pos = 8;
const u32 = () => {
  let value;
  [value, pos] = readU32(buf, pos);
  return value;
};
const sections = [];
const bytesOf = new Map();
let imports = 0;
const names = functionNames(buf);
let bodies = [];
let data = 0;
while (pos < buf.length) {
  const id = buf[pos++];
  const size = u32();
  const start = pos;
  const end = start + size;
  if (id === 0) {
    const nlen = u32();
    const name = buf.toString("utf8", pos, pos + nlen);
    pos += nlen;
    sections.push([`custom:${name}`, size]);
  } else {
    bytesOf.set(id, buf.subarray(start, end));
    sections.push([["custom", "type", "import", "function", "table", "memory", "global", "export", "start", "element", "code", "data", "datacount"][id] ?? id, size]);
    if (id === 2) {
      const count = u32();
      for (let i = 0; i < count; i++) {
        for (let k = 0; k < 2; k++) { const l = u32(); pos += l; } // module, field
        const kind = buf[pos++];
        if (kind === 0) { u32(); imports++; }
        else if (kind === 1) { pos++; const f = buf[pos++]; u32(); if (f & 1) u32(); }
        else if (kind === 2) { const f = buf[pos++]; u32(); if (f & 1) u32(); }
        else if (kind === 3) { pos += 2; }
      }
    }
    if (id === 10) {
      const count = u32();
      for (let i = 0; i < count; i++) {
        const s = u32();
        bodies.push(s);
        pos += s;
      }
    }
    if (id === 11) data = size;
  }
  pos = end;
}
const total = buf.length;
if (process.env.DEBUG) console.log("imports", imports, "bodies", bodies.length, "names", names.size);
const br = (b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
console.log(`file ${total} bytes; sections:`);
for (const [n, s] of sections) console.log(`  ${n.padEnd(24)} ${String(s).padStart(8)}  ${((100 * s) / total).toFixed(1)}%`);
// Brotli of each alone: what the code and the data cost over the wire, give or take.
for (const [id, name] of [[10, "code"], [11, "data"]]) {
  if (bytesOf.has(id)) console.log(`  ${name} section alone, brotli: ${br(bytesOf.get(id))}`);
}
const fns = bodies.map((s, i) => [s, names.get(i + imports) ?? `func[${i + imports}]`]).sort((a, b) => b[0] - a[0]);
console.log(`\ntop ${top} functions by code bytes:`);
for (const [s, n] of fns.slice(0, top)) console.log(`  ${String(s).padStart(7)}  ${n.slice(0, 150)}`);
// Totals by crate: the first path segment of each demangled-ish name (of the trait, for
// `<_ as Trait>` impls on a type the demangler leaves out).
const byCrate = new Map();
for (const [s, n] of fns) {
  const m = n.match(/^(?:[<&]|dyn |mut |_ as )*(?:_?ZN\d+)?([a-zA-Z_][a-zA-Z0-9_]*)/);
  const k = m ? m[1] : "?";
  byCrate.set(k, (byCrate.get(k) ?? 0) + s);
}
console.log(`\ncode bytes by leading name segment:`);
for (const [k, s] of [...byCrate].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${String(s).padStart(7)}  ${k}`);
