// The release build's last step on the WebAssembly and its glue (scripts/finish-wasm.mjs),
// on small inputs laid out as wasm-bindgen writes them.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { test, expect } from "@playwright/test";
import { composeRenames, dropClasses, dropExports, finishWasm, renameInGlue } from "../../scripts/finish-wasm.mjs";
import { functionNames, genericName, orderNames, renameFunctions } from "../../scripts/wasm-names.mjs";

const glue = `let wasm;
export class Reader {
    free() {
        const ptr = this.__destroy_into_raw();
        wasm.__wbg_reader_free(ptr, 0);
    }
    read() {
        return wasm.reader_read(this.__wbg_ptr);
    }
}
if (Symbol.dispose) Reader.prototype[Symbol.dispose] = Reader.prototype.free;

function start() {
    wasm.__wbindgen_start();
    wasm.__wbindgen_free(0, 0);
}
const ReaderFinalization = (typeof FinalizationRegistry === 'undefined')
    ? { register: () => {}, unregister: () => {} }
    : new FinalizationRegistry(ptr => wasm.__wbg_reader_free(ptr >>> 0, 1));
function read_twice(r) {
    return wasm.reader_read(r) + wasm.reader_read(r);
}
export { start as default };
`;

test("an exported class leaves the glue with its disposer and registry, and so do the exports only it called", () => {
  const { glue: rest, classes, exports } = dropClasses(glue);
  expect(classes).toEqual(["Reader"]);
  expect(rest).not.toContain("Reader");
  expect(rest).toContain("function start()");
  expect(rest).toContain("export { start as default };");
  // `reader_read` is still called by the glue's own code: the module keeps it.
  expect(exports).toEqual(["__wbg_reader_free"]);
});

test("a class the glue still uses elsewhere stops the build", () => {
  const uses = glue.replace("function read_twice(r) {", "function wrap(p) { return new Reader(p); }\nfunction read_twice(r) {");
  expect(() => dropClasses(uses)).toThrow(/still uses the class Reader/);
});

/** A module exporting one function under each of `names`. */
function moduleExporting(names) {
  const bytes = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];
  const section = (id, body) => bytes.push(id, body.length, ...body);
  section(1, [1, 0x60, 0, 0]); // one type: () -> ()
  section(3, [1, 0]); // one function of that type
  const exports = [names.length];
  for (const name of names) exports.push(name.length, ...Buffer.from(name), 0x00, 0);
  section(7, exports);
  section(10, [1, 2, 0, 0x0b]); // its body: no locals, end
  return Buffer.from(bytes);
}

test("the module loses the named exports and keeps the others", async () => {
  const module = await dropExports(moduleExporting(["main", "reader_read", "__wbg_reader_free"]), ["__wbg_reader_free"]);
  const compiled = await WebAssembly.compile(module);
  expect(WebAssembly.Module.exports(compiled).map((e) => e.name)).toEqual(["main", "reader_read"]);
  // One the linker left out already is passed over.
  const linked = await WebAssembly.compile(await dropExports(moduleExporting(["main"]), ["__wbg_reader_free"]));
  expect(WebAssembly.Module.exports(linked).map((e) => e.name)).toEqual(["main"]);
});

/**
 * A module importing `log` (from "./tiny_bg.js", under wasm-bindgen's kind of hashed name)
 * and exporting `run_twice_0123456789abcdef`, which calls it twice, and its glue.
 */
function tinyApp() {
  const bytes = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];
  const section = (id, body) => bytes.push(id, body.length, ...body);
  const name = (text) => [text.length, ...Buffer.from(text)];
  section(1, [1, 0x60, 0, 0]); // one type: () -> ()
  section(2, [1, ...name("./tiny_bg.js"), ...name("__wbg_log_0a8d513ea5d8338e"), 0x00, 0]);
  section(3, [1, 0]);
  section(7, [1, ...name("run_twice_0123456789abcdef"), 0x00, 1]);
  section(10, [1, 6, 0, 0x10, 0, 0x10, 0, 0x0b]); // call 0; call 0; end
  const glue = `let wasm;
export const calls = [];
function __wbg_get_imports() {
    const import0 = {
        __proto__: null,
        __wbg_log_0a8d513ea5d8338e: function() {
            calls.push("log");
        },
    };
    return {
        __proto__: null,
        "./tiny_bg.js": import0,
    };
}
function run_twice_0123456789abcdef() {
    wasm.run_twice_0123456789abcdef();
}
export function start(bytes) {
    wasm = new WebAssembly.Instance(new WebAssembly.Module(bytes), __wbg_get_imports()).exports;
    run_twice_0123456789abcdef();
}
`;
  return { module: Buffer.from(bytes), glue };
}

test("the module's imports, their module and its exports get short names, and the glue still drives it", async () => {
  const dir = mkdtempSync(join(tmpdir(), "finish-wasm-"));
  try {
    const { module, glue } = tinyApp();
    writeFileSync(join(dir, "tiny.mjs"), glue);
    writeFileSync(join(dir, "tiny_bg.wasm"), module);
    await finishWasm(join(dir, "tiny.mjs"), join(dir, "tiny_bg.wasm"));
    const finished = readFileSync(join(dir, "tiny_bg.wasm"));
    const compiled = new WebAssembly.Module(finished);
    const [imports, exports] = [WebAssembly.Module.imports(compiled), WebAssembly.Module.exports(compiled)];
    expect(imports).toHaveLength(1);
    expect(exports).toHaveLength(1);
    for (const name of [imports[0].module, imports[0].name, exports[0].name]) expect(name.length).toBeLessThanOrEqual(2);
    const rewritten = readFileSync(join(dir, "tiny.mjs"), "utf8");
    expect(rewritten).not.toMatch(/__wbg_log_0a8d513ea5d8338e|tiny_bg\.js|wasm\.run_twice/);
    const app = await import(pathToFileURL(join(dir, "tiny.mjs")).href);
    app.start(finished);
    expect(app.calls).toEqual(["log", "log"]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

const renamed = {
  imports: [["./tiny_bg.js", "__wbg_log_0a8d513ea5d8338e", "a"]],
  exports: [["run_twice_0123456789abcdef", "b"]],
};

test("a glue without the import the module renamed, or calling an export it lacks, stops the build", () => {
  const { glue } = tinyApp();
  const modules = new Map([["./tiny_bg.js", "a"]]);
  expect(() => renameInGlue(glue.replace("__wbg_log_0a8d513ea5d8338e: ", "log: "), renamed, modules)).toThrow(
    /the import __wbg_log_0a8d513ea5d8338e 0 times/,
  );
  expect(() => renameInGlue(glue.replace("wasm.run_twice", "wasm.__wbindgen_free(); wasm.run_twice"), renamed, modules)).toThrow(
    /calls exports the module lacks: __wbindgen_free/,
  );
});

test("the maps of wasm-opt's rounds compose into one, from the first names to the last", () => {
  const round = (map) => `${JSON.stringify(map, null, 1).replace(/^\{/, "{\n").replace(/\}$/, "\n}")}\n`;
  const printed =
    round(renamed) +
    round({ imports: [["a", "a", "c"]], exports: [["b", "b"]] }) +
    round({ imports: [["a", "c", "d"]], exports: [["b", "e"]] });
  expect(composeRenames(printed)).toEqual({
    imports: [["./tiny_bg.js", "__wbg_log_0a8d513ea5d8338e", "d"]],
    exports: [["run_twice_0123456789abcdef", "e"]],
  });
  expect(() => composeRenames("warning: no passes specified\n")).toThrow(/printed no map/);
});

/** A module of functions returning `value`, each exported and named in a "name" section. */
function namedModule(functions) {
  const bytes = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];
  const section = (id, body) => bytes.push(id, body.length, ...body);
  const text = (s) => [Buffer.byteLength(s), ...Buffer.from(s)];
  section(1, [1, 0x60, 0, 1, 0x7f]); // one type: () -> i32
  section(3, [functions.length, ...functions.map(() => 0)]);
  section(7, [functions.length, ...functions.flatMap((f, i) => [...text(f.export), 0x00, i])]);
  section(10, [functions.length, ...functions.flatMap((f) => [4, 0, 0x41, f.value, 0x0b])]); // i32.const value
  const names = [functions.length, ...functions.flatMap((f, i) => [i, ...text(f.name)])];
  const module = [0, ...text("tiny")];
  section(0, [...text("name"), 0, module.length - 1, ...module.slice(1), 1, names.length, ...names]);
  return Buffer.from(bytes);
}

/** The function names of a module's "name" section, in the order of the functions. */
const namesInOrder = (wasm) => [...functionNames(wasm)].sort((a, b) => a[0] - b[0]).map(([, name]) => name);

test("a function's generic name leaves out crate hashes and what its angle brackets hold", () => {
  expect(genericName("<alloc[0123456789abcdef]::vec::Vec<u8> as core[fedcba9876543210]::clone::Clone>::clone")).toBe("<_>::clone");
  expect(genericName("core::ptr::drop_in_place::<alloc::vec::Vec<u8>>")).toBe("core::ptr::drop_in_place::<_>");
  expect(genericName("app::ui::Timeline::{closure#7}")).toBe("app::ui::Timeline::{closure#7}");
});

test("the functions keep the linker's order, but for a generic function's instances, which join the first of them", () => {
  const names = new Map([
    [0, "app::a"],
    [1, "app::f::<u8>"],
    [2, "app::b"],
    [3, "app::f::<u16>"],
    [4, "app::c"],
  ]);
  const keys = orderNames(names);
  const order = [...keys].sort((a, b) => (a[1] < b[1] ? -1 : 1)).map(([index]) => names.get(index));
  expect(order).toEqual(["app::a", "app::f::<u8>", "app::f::<u16>", "app::b", "app::c"]);
  expect(new Set(keys.values()).size).toBe(names.size);
});

test("the functions' names are rewritten and the name section's other parts kept; a module without names comes back as it was", () => {
  const module = namedModule([
    { name: "app::f", export: "f", value: 1 },
    { name: "app::g", export: "g", value: 2 },
  ]);
  const renamed = renameFunctions(module, (index, name) => `${index}:${name.toUpperCase()}`);
  expect(namesInOrder(renamed)).toEqual(["0:APP::F", "1:APP::G"]);
  expect(renamed.includes(Buffer.from("tiny"))).toBe(true);
  const compiled = new WebAssembly.Module(renamed);
  expect(WebAssembly.Module.exports(compiled).map((e) => e.name)).toEqual(["f", "g"]);
  const bare = moduleExporting(["main"]);
  expect(renameFunctions(bare, () => "x")).toBe(bare);
});

test("the release build puts a generic function's instances together and leaves every function its name and its work", async () => {
  const dir = mkdtempSync(join(tmpdir(), "finish-wasm-"));
  try {
    const functions = [
      { name: "app::f::<u8>", export: "f8", value: 1 },
      { name: "app::g", export: "g", value: 2 },
      { name: "app::f::<u16>", export: "f16", value: 3 },
    ];
    writeFileSync(join(dir, "app.js"), "let wasm;\n");
    writeFileSync(join(dir, "app_bg.wasm"), namedModule(functions));
    // -g keeps the names, as scripts/wasm-bytes.sh asks.
    await finishWasm(join(dir, "app.js"), join(dir, "app_bg.wasm"), ["-g"]);
    const finished = readFileSync(join(dir, "app_bg.wasm"));
    expect(namesInOrder(finished)).toEqual(["app::f::<u8>", "app::f::<u16>", "app::g"]);
    const { instance } = await WebAssembly.instantiate(finished);
    const values = WebAssembly.Module.exports(new WebAssembly.Module(finished)).map((e) => instance.exports[e.name]());
    values.sort();
    expect(values).toEqual([1, 2, 3]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
