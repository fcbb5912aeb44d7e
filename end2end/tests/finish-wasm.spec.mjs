// The release build's last step on the WebAssembly and its glue (scripts/finish-wasm.mjs),
// on small inputs laid out as wasm-bindgen writes them.
import { test, expect } from "@playwright/test";
import { dropClasses, dropExports } from "../../scripts/finish-wasm.mjs";

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
