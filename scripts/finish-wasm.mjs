// The release build's last steps on the WebAssembly and its JavaScript glue, after
// wasm-bindgen: the classes no one uses leave the glue and their exports the module, then
// wasm-opt runs (Trunk's own run is switched off in index.html, so it runs once, on the
// smaller module). Run by scripts/post-build.mjs, and by scripts/wasm-bytes.sh with -g.
//
// wasm-bindgen exports every class a crate marks `#[wasm_bindgen]`, and the module keeps
// each method as an export, with all the code it reaches. Leptos always links server_fn,
// which brings wasm-streams' three stream adapters this way; the app never uses them, nor
// any other class: static/boot.js imports only the glue's default export (its init).
//
// Usage: node scripts/finish-wasm.mjs GLUE.js MODULE.wasm [wasm-opt flags…]
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

// -Os with these flags compresses smaller than -Oz (scripts/wasm-bytes.sh); the stack
// comes first in memory, so nothing lives in its low 1 KiB.
export const WASM_OPT_FLAGS = ["-Os", "--low-memory-unused", "--strip-producers", "--converge"];

// The pinned wasm-opt (npm binaryen, end2end/package-lock.json), never Debian's.
const WASM_OPT = fileURLToPath(new URL("../end2end/node_modules/.bin/wasm-opt", import.meta.url));

/**
 * Removes from wasm-bindgen's (unminified) glue every exported class, with its disposer
 * line and finalization registry, and returns the glue and the module exports only those
 * classes called.
 */
export function dropClasses(glue) {
  const classes = [...glue.matchAll(/^export class (\w+) \{$/gm)].map((m) => m[1]);
  let rest = glue;
  let removed = "";
  const cut = (re, name, required) => {
    const m = rest.match(re);
    if (!m) {
      if (required) throw new Error(`finish-wasm: the glue's class ${name} is not laid out as expected`);
      return;
    }
    removed += m[0];
    rest = rest.slice(0, m.index) + rest.slice(m.index + m[0].length);
  };
  for (const name of classes) {
    // wasm-bindgen writes a class's closing brace alone at the start of a line.
    cut(new RegExp(`^export class ${name} \\{\\n[\\s\\S]*?^\\}\\n`, "m"), name, true);
    cut(new RegExp(`^if \\(Symbol\\.dispose\\) ${name}\\.prototype\\[Symbol\\.dispose\\] = ${name}\\.prototype\\.free;\\n`, "m"), name, false);
    cut(new RegExp(`^const ${name}Finalization = [\\s\\S]*?;\\n`, "m"), name, false);
    if (new RegExp(`\\b${name}\\b`).test(rest)) {
      throw new Error(`finish-wasm: the glue still uses the class ${name} after removing it`);
    }
  }
  const called = (text) => new Set([...text.matchAll(/\bwasm\.(\w+)/g)].map((m) => m[1]));
  const kept = called(rest);
  const exports = [...called(removed)].filter((name) => !kept.has(name));
  return { glue: rest, classes, exports };
}

/** The module without the named exports (a binary edit of its export section). */
export function dropExports(wasm, names) {
  const drop = new Set(names);
  const leb = (at) => {
    let value = 0;
    let shift = 0;
    let byte;
    do {
      byte = wasm[at++];
      value += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    return [value, at];
  };
  const uleb = (n) => {
    const out = [];
    do {
      let byte = n & 0x7f;
      n = Math.floor(n / 128);
      if (n) byte |= 0x80;
      out.push(byte);
    } while (n);
    return Buffer.from(out);
  };
  const parts = [wasm.subarray(0, 8)];
  let found = 0;
  for (let at = 8; at < wasm.length; ) {
    const id = wasm[at];
    const [size, body] = leb(at + 1);
    const end = body + size;
    if (id !== 7) {
      parts.push(wasm.subarray(at, end));
    } else {
      let [count, pos] = leb(body);
      const kept = [];
      for (; count > 0; count--) {
        const start = pos;
        const [length, name] = leb(pos);
        // name, then the kind's byte and the index.
        [, pos] = leb(name + length + 1);
        if (drop.has(wasm.toString("utf8", name, name + length))) found++;
        else kept.push(wasm.subarray(start, pos));
      }
      const section = Buffer.concat([uleb(kept.length), ...kept]);
      parts.push(Buffer.from([7]), uleb(section.length), section);
    }
    at = end;
  }
  if (found !== drop.size) throw new Error(`finish-wasm: ${drop.size - found} of the exports to drop are not in the module`);
  return Buffer.concat(parts);
}

/** Finishes the glue and the module in place; `flags` go to wasm-opt after the release ones. */
export function finishWasm(gluePath, wasmPath, flags = []) {
  if (!existsSync(WASM_OPT)) throw new Error(`finish-wasm: no ${WASM_OPT}: run scripts/setup.sh, which installs it`);
  const { glue, exports } = dropClasses(readFileSync(gluePath, "utf8"));
  writeFileSync(gluePath, glue);
  writeFileSync(wasmPath, dropExports(readFileSync(wasmPath), exports));
  execFileSync(WASM_OPT, [...WASM_OPT_FLAGS, ...flags, wasmPath, "-o", wasmPath], { stdio: "inherit" });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [glue, wasm, ...flags] = process.argv.slice(2);
  if (!glue || !wasm) throw new Error("usage: node scripts/finish-wasm.mjs GLUE.js MODULE.wasm [wasm-opt flags…]");
  finishWasm(glue, wasm, flags);
}
