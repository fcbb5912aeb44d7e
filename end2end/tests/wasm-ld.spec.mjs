// The release build's linker (scripts/wasm-ld.mjs): rust-lld, less the exports of
// wasm-bindgen's classes, on arguments laid out as rustc passes them.
import { test, expect } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { withoutClassExports } from "../../scripts/wasm-ld.mjs";

const hash = "58a9338f50bce61c";
const exports = (names) => names.flatMap((name) => ["--export", name]);
const args = [
  "-flavor",
  "wasm",
  ...exports([
    `__wbg_reader_free_${hash}`,
    `reader_read_${hash}`,
    `__wbindgen_describe_reader_read_${hash}`,
    `__wbindgen_describe___wbg_getReader_${hash}`,
    `readers_count_${hash}`,
    "start",
    "__wbindgen_malloc",
  ]),
  "--no-entry",
  "app.o",
  "-o",
  "app.wasm",
];

test("the linker leaves out each class's exports and keeps every other argument", () => {
  const { args: kept, classes } = withoutClassExports(args);
  expect(classes).toEqual(["reader"]);
  expect(kept).toEqual([
    "-flavor",
    "wasm",
    ...exports([`__wbindgen_describe___wbg_getReader_${hash}`, `readers_count_${hash}`, "start", "__wbindgen_malloc"]),
    "--no-entry",
    "app.o",
    "-o",
    "app.wasm",
  ]);
  // Without classes, nothing changes.
  const plain = args.filter((a, i) => !/reader_/.test(a) && !/reader_/.test(args[i + 1] ?? ""));
  expect(withoutClassExports(plain).args).toEqual(plain);
});

test("the linker runs rust-lld from its PATH with those arguments, and fails as it fails", () => {
  const dir = mkdtempSync(join(tmpdir(), "wasm-ld-"));
  try {
    // A rust-lld that writes down its arguments and exits with the status it is told.
    writeFileSync(join(dir, "rust-lld"), `#!/bin/sh\nprintf '%s\\n' "$@" > "${dir}/args"\nexit "\${LLD_STATUS:-0}"\n`);
    chmodSync(join(dir, "rust-lld"), 0o755);
    const script = fileURLToPath(new URL("../../scripts/wasm-ld.mjs", import.meta.url));
    const env = { ...process.env, PATH: `${dir}:${process.env.PATH}` };
    execFileSync(script, args, { env });
    expect(readFileSync(join(dir, "args"), "utf8").trim().split("\n")).toEqual(withoutClassExports(args).args);
    let status = 0;
    try {
      execFileSync(script, args, { env: { ...env, LLD_STATUS: "3" }, stdio: "ignore" });
    } catch (e) {
      status = e.status;
    }
    expect(status).toBe(3);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
