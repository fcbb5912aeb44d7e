#!/usr/bin/env node
// The release build's linker (scripts/release-env.sh): rust-lld, less the exports of every
// class a crate marks `#[wasm_bindgen]`. Leptos always links server_fn, which brings
// wasm-streams' three stream adapters as such classes; the app uses none
// (scripts/finish-wasm.mjs takes them out of the glue and fails the build if anything
// there still uses one). Left unexported here, their methods are never linked, nor what
// only they reach: the closures their futures put in the function table and the standard
// library's I/O error texts, which no step after linking could tell were unused.
//
// rustc runs it as it would run rust-lld, which it puts on the PATH it gives the linker.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

/**
 * The linker's arguments without the `--export`s of classes, and the classes. wasm-bindgen
 * gives each class `name` an export `__wbg_name_free` (with a hash after it, as every
 * export), its methods `name_method` and their descriptions `__wbindgen_describe_name_method`.
 */
export function withoutClassExports(args) {
  const exported = args.filter((_, i) => args[i - 1] === "--export");
  const classes = exported.map((name) => name.match(/^__wbg_(\w+?)_free(?:_[0-9a-f]{16})?$/)?.[1]).filter(Boolean);
  const prefixes = classes.flatMap((c) => [`${c}_`, `__wbg_${c}_free`, `__wbindgen_describe_${c}_`]);
  const kept = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--export" && prefixes.some((p) => args[i + 1]?.startsWith(p))) {
      i++;
      continue;
    }
    kept.push(args[i]);
  }
  return { args: kept, classes };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  let args = process.argv.slice(2);
  // rustc hands over a file of arguments (`@file`) only where the command line would be
  // too long; those are linked as they are.
  if (!args.some((a) => a.startsWith("@"))) args = withoutClassExports(args).args;
  const lld = spawnSync("rust-lld", args, { stdio: "inherit" });
  if (lld.error) console.error(`wasm-ld.mjs: rust-lld: ${lld.error.message}`);
  process.exit(lld.status ?? 1);
}
