// The release build's last steps on the WebAssembly and its JavaScript glue, after
// wasm-bindgen: the classes no one uses leave the glue and their exports the module, then
// wasm-opt runs (Trunk's own run is switched off in index.html, so it runs once, on the
// smaller module). Run by scripts/post-build.mjs, and by scripts/wasm-bytes.sh with -g.
//
// wasm-bindgen exports every class a crate marks `#[wasm_bindgen]`, and the module keeps
// each method as an export, with all the code it reaches. Leptos always links server_fn,
// which brings wasm-streams' three stream adapters this way; the app never uses them, nor
// any other class: static/boot.js imports only the glue's default export (its init). The
// release build's linker (scripts/wasm-ld.mjs) leaves their exports out of the module;
// wasm-bindgen still writes the classes into the glue, which calls them only from there.
//
// wasm-bindgen names each import after its binding and a hash of it
// (`__wbg_focus_0a8d513ea5d8338e`), and some exports after their Rust paths: 11 KB of the
// module and 7 KB of the glue, 4.7 KB in brotli, as the hashes do not compress. wasm-opt
// gives the imports, their module and the exports short names and prints what it renamed;
// the glue, the one script that reaches the module by these names, is rewritten to match.
//
// Usage: node scripts/finish-wasm.mjs GLUE.js MODULE.wasm [wasm-opt flags…]
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";
import { functionNames, orderNames, renameFunctions } from "./wasm-names.mjs";

// -Os with these flags compresses smaller than -Oz (scripts/wasm-bytes.sh); the stack
// comes first in memory, so nothing lives in its low 1 KiB. The functions are sorted by
// the names `orderNames` (scripts/wasm-names.mjs) gives them for it: the linker's order
// with each generic function's instances together, which brotli compresses 2 KB smaller.
// The order has no bearing on how the code runs.
export const WASM_OPT_FLAGS = ["-Os", "--low-memory-unused", "--strip-producers", "--converge", "--reorder-functions-by-name"];

// The pinned binaryen (npm, end2end/package-lock.json): its wasm-opt, never Debian's.
const require = createRequire(new URL("../end2end/package.json", import.meta.url));
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

/**
 * The module without the named exports, edited with binaryen's JavaScript API. A name it
 * does not export is passed over: the release build's linker (scripts/wasm-ld.mjs) leaves
 * out the classes' exports already.
 */
export async function dropExports(wasm, names) {
  const { default: binaryen } = await import(pathToFileURL(require.resolve("binaryen")).href);
  // Keeps the function names, for `wasm-bytes.sh`; wasm-opt drops them unless run with -g.
  binaryen.setDebugInfo(true);
  const module = binaryen.readBinary(wasm);
  try {
    const exported = new Set();
    for (let i = 0; i < module.getNumExports(); i++) exported.add(binaryen.getExportInfo(module.getExportByIndex(i)).name);
    const present = names.filter((name) => exported.has(name));
    // Nothing to drop (the release build's case): the module as it came, not re-encoded.
    if (present.length === 0) return wasm;
    for (const name of present) module.removeExport(name);
    return Buffer.from(module.emitBinary());
  } finally {
    module.dispose();
  }
}

/**
 * The glue calling the module by the short names wasm-opt gave it: `renamed` is the map
 * wasm-opt printed (`{imports: [[module, name, new name]…], exports: [[name, new name]…]}`)
 * and `modules` the import modules' new names (the map leaves them out). Stops the build
 * if the glue is not laid out as expected, rather than let it fail in the reader's browser.
 */
export function renameInGlue(glue, renamed, modules) {
  let out = glue;
  const replace = (pattern, to, what) => {
    let count = 0;
    out = out.replace(pattern, (...match) => {
      count++;
      return to(...match);
    });
    if (count !== 1) throw new Error(`finish-wasm: the glue defines ${what} ${count} times, not once`);
  };
  const quote = (name) => name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  // The import object: one entry per function, and the module's name as its key.
  for (const [, name, short] of renamed.imports) {
    replace(new RegExp(`^(\\s+)${quote(name)}: `, "m"), (_, indent) => `${indent}${short}: `, `the import ${name}`);
  }
  for (const [module, short] of modules) {
    replace(new RegExp(`"${quote(module)}": `), () => `${JSON.stringify(short)}: `, `the import module ${module}`);
  }
  // The exports, which the glue reaches only as `wasm.name`.
  const exports = new Map(renamed.exports);
  out = out.replace(/\bwasm\.(\w+)/g, (whole, name) => (exports.has(name) ? `wasm.${exports.get(name)}` : whole));
  const shorts = new Set(exports.values());
  const left = [...out.matchAll(/\bwasm\.(\w+)/g)].map((m) => m[1]).filter((name) => !shorts.has(name));
  if (left.length > 0) throw new Error(`finish-wasm: the glue calls exports the module lacks: ${[...new Set(left)].join(", ")}`);
  return out;
}

/**
 * One map of what wasm-opt renamed, from the maps it printed: with `--converge` it runs the
 * pass again each round, each map renaming the names the last one gave.
 */
export function composeRenames(printed) {
  const maps = [...printed.matchAll(/^\{$[\s\S]*?^\}$/gm)].map((m) => JSON.parse(m[0]));
  if (maps.length === 0) throw new Error("finish-wasm: wasm-opt printed no map of the names it gave");
  const [first, ...later] = maps;
  const compose = (entries, rename) => {
    const renames = new Map(rename);
    return entries.map((entry) => [...entry.slice(0, -1), renames.get(entry.at(-1)) ?? entry.at(-1)]);
  };
  let { imports, exports } = first;
  for (const map of later) {
    imports = compose(imports, map.imports.map(([, name, short]) => [name, short]));
    exports = compose(exports, map.exports);
  }
  return { imports, exports };
}

/** The import modules' new names by their old: `after` is the module as wasm-opt renamed it by `renamed`. */
export function renamedModules(after, renamed) {
  const before = new Map(renamed.imports.map(([module, , short]) => [short, module]));
  const modules = new Map();
  for (const { module, name } of WebAssembly.Module.imports(new WebAssembly.Module(after))) {
    if (before.has(name)) modules.set(before.get(name), module);
  }
  return modules;
}

/** Finishes the glue and the module in place; `flags` go to wasm-opt after the release ones. */
export async function finishWasm(gluePath, wasmPath, flags = []) {
  if (!existsSync(WASM_OPT)) throw new Error(`finish-wasm: no ${WASM_OPT}: run scripts/setup.sh, which installs it`);
  const { glue, exports } = dropClasses(readFileSync(gluePath, "utf8"));
  const wasm = await dropExports(readFileSync(wasmPath), exports);
  const keys = orderNames(functionNames(wasm));
  const names = new Map();
  const ordered = renameFunctions(wasm, (index, name) => {
    names.set(keys.get(index), name);
    return keys.get(index);
  });
  writeFileSync(wasmPath, ordered);
  // The renaming pass prints its map on stdout; wasm-opt's warnings still reach stderr.
  const printed = execFileSync(
    WASM_OPT,
    [...WASM_OPT_FLAGS, ...flags, "--minify-imports-and-exports-and-modules", wasmPath, "-o", wasmPath],
    { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"], maxBuffer: 1 << 26 },
  );
  const renamed = composeRenames(printed);
  // Where wasm-opt kept the functions' names (-g), they are their own again.
  const finished = renameFunctions(readFileSync(wasmPath), (_, name) => names.get(name) ?? name);
  writeFileSync(wasmPath, finished);
  writeFileSync(gluePath, renameInGlue(glue, renamed, renamedModules(finished, renamed)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [glue, wasm, ...flags] = process.argv.slice(2);
  if (!glue || !wasm) throw new Error("usage: node scripts/finish-wasm.mjs GLUE.js MODULE.wasm [wasm-opt flags…]");
  await finishWasm(glue, wasm, flags);
}
