// Trunk post-build hook of a release build: finishes the WebAssembly and its JavaScript glue
// (scripts/finish-wasm.mjs: unused exports out, then wasm-opt), minifies the glue (Trunk's
// own minifier gives up on its `export … as default`) and the page's loader, then writes
// brotli and gzip siblings of the files a reader fetches, for static hosts that serve
// precompressed files.
// The glue and the module keep the names Trunk hashed from wasm-bindgen's output: what they
// become here follows from it, so the names still change exactly when the content does.
import { createRequire } from "node:module";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { finishWasm } from "./finish-wasm.mjs";

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error("run by Trunk as a post_build hook (TRUNK_STAGING_DIR is unset)");
if (process.env.TRUNK_PROFILE !== "release") process.exit(0);

// esbuild is pinned in end2end/package.json, installed by scripts/setup.sh.
const esbuild = createRequire(new URL("../end2end/package.json", import.meta.url))("esbuild");

const files = readdirSync(staging);
const html = readFileSync(join(staging, "index.html"), "utf8");
// The glue is the module that index.html names as the app's "js" file.
const glue = html.match(/"js":"([^"]+)"/)?.[1].split("/").pop();
if (!files.includes(glue)) throw new Error(`the app's JavaScript ${glue} is not in ${staging}`);
const wasm = html.match(/"wasm":"([^"]+)"/)?.[1].split("/").pop();
if (!files.includes(wasm)) throw new Error(`the app's WebAssembly ${wasm} is not in ${staging}`);
await finishWasm(join(staging, glue), join(staging, wasm));
const source = readFileSync(join(staging, glue), "utf8");
const { code } = esbuild.transformSync(source, { format: "esm", minify: true, target: "es2020", legalComments: "none" });
writeFileSync(join(staging, glue), code);

// The page's loader (static/boot.js, which Trunk is told not to minify) and the host
// pages' embed.js, kept to the ES5 they are written in (but for the loader's `import()` of
// the app): the loader is what tells a browser too old for the app that the graphic cannot
// start, and embed.js runs in whatever page embeds the graphic. embed.js keeps its
// opening comment, which says what it is.
const boot = html.match(/ src="?\.\/(boot-[0-9a-f]+\.js)/)?.[1];
for (const script of [boot, "embed.js"]) {
  if (!files.includes(script)) throw new Error(`${script ?? "the page's loader boot-….js"} is not in ${staging}`);
  const { code: es5 } = esbuild.transformSync(readFileSync(join(staging, script), "utf8"), {
    minify: true,
    target: "es5",
    supported: { "dynamic-import": true },
    charset: "utf8",
    legalComments: "inline",
  });
  writeFileSync(join(staging, script), es5);
}

// What the page fetches, once the export step (scripts/post-build.sh) has finished the page.
const fetched = /^(index\.html|.+\.(js|wasm|css|txt))$/;
for (const name of files.filter((f) => fetched.test(f))) {
  const body = readFileSync(join(staging, name));
  const params = { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length };
  writeFileSync(join(staging, `${name}.br`), brotliCompressSync(body, { params }));
  writeFileSync(join(staging, `${name}.gz`), gzipSync(body, { level: 9 }));
}
