// The benchmark's static server: several folders under one loopback origin, each file sent
// brotli-compressed when the browser accepts it (as a CDN would), never cached between loads.
// Usage: import { serve } from "./server.mjs"; serve({ "/app/": "../dist", … }, port)
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { brotliCompressSync, constants } from "node:zlib";
import { MIME_TYPES as TYPES } from "../end2end/chromium.mjs";

const COMPRESSIBLE = new Set([".html", ".js", ".mjs", ".css", ".wasm", ".json", ".csv", ".svg", ".txt"]);

/** Brotli quality 11 of every file, computed once. */
const compressed = new Map();
function brotli(file, body) {
  if (!compressed.has(file)) {
    const params = { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length };
    compressed.set(file, brotliCompressSync(body, { params }));
  }
  return compressed.get(file);
}

/** Serves `mounts` (URL prefix → folder) on 127.0.0.1:`port`; resolves to the server. */
export function serve(mounts, port) {
  const roots = Object.entries(mounts).map(([prefix, dir]) => [prefix, resolve(dir)]);
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    const mount = roots.find(([prefix]) => path.startsWith(prefix));
    if (!mount) return res.writeHead(404).end();
    const [prefix, root] = mount;
    let file = normalize(join(root, path.slice(prefix.length)));
    if (!file.startsWith(root)) return res.writeHead(403).end();
    if (path.endsWith("/")) file = join(file, "index.html");
    let body;
    try {
      body = await readFile(file);
    } catch {
      return res.writeHead(404, { "content-type": "text/plain" }).end("not found");
    }
    const ext = extname(file);
    const headers = { "content-type": TYPES[ext] || "application/octet-stream", "cache-control": "no-cache" };
    if (COMPRESSIBLE.has(ext) && /\bbr\b/.test(req.headers["accept-encoding"] || "")) {
      body = brotli(file, body);
      headers["content-encoding"] = "br";
    }
    res.writeHead(200, headers).end(body);
  });
  return new Promise((done) => server.listen(port, "127.0.0.1", () => done(server)));
}
