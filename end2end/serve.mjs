// A minimal static server for dist/ on loopback, with the right MIME types (wasm needs
// application/wasm to compile while downloading) and the response headers that dist/_headers
// recommends, so the tests run under the shipped CSP and caching. Usage: node serve.mjs DIR PORT
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { readFileSync } from "node:fs";
import { extname, join, normalize, resolve } from "node:path";
import { MIME_TYPES as types } from "./chromium.mjs";

const root = resolve(process.argv[2] || "dist");
const port = Number(process.argv[3] || 8765);

/** Rules of a Netlify-style `_headers` file: [{ pattern: RegExp, headers: [[name, value]] }]. */
function parseHeaders(text) {
  const rules = [];
  for (const line of text.split("\n")) {
    if (!line.trim() || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      const source = line.trim().replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*");
      rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
    } else if (rules.length) {
      const at = line.indexOf(":");
      rules[rules.length - 1].headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}

let rules = [];
try {
  rules = parseHeaders(readFileSync(join(root, "_headers"), "utf8"));
} catch {
  // No headers file: plain responses.
}

createServer(async (req, res) => {
  const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
  let file = normalize(join(root, path));
  if (!file.startsWith(root)) {
    res.writeHead(403).end();
    return;
  }
  if (path.endsWith("/")) file = join(file, "index.html");
  try {
    const body = await readFile(file);
    const headers = { "content-type": types[extname(file)] || "application/octet-stream" };
    for (const rule of rules) if (rule.pattern.test(path)) for (const [k, v] of rule.headers) headers[k.toLowerCase()] = v;
    res.writeHead(200, headers);
    res.end(body);
  } catch {
    res.writeHead(404, { "content-type": "text/plain" }).end("not found");
  }
}).listen(port, "127.0.0.1", () => console.log(`serving ${root} on http://127.0.0.1:${port}/`));
