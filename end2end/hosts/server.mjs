// Host pages for the embedding tests: articles on another origin (another loopback port)
// that frame the graphic, with the real pym.js parent from npm. `{{GRAPHIC}}` in a page
// becomes the graphic's URL and `{{QUERY}}` the host page's own query string, passed on.
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";

const dir = fileURLToPath(new URL("./", import.meta.url));
const pym = fileURLToPath(new URL("../node_modules/pym.js/dist/pym.v1.min.js", import.meta.url));
const escape = (s) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/** Starts a host server on `port` (0: any free port); resolves to { url, close }. */
export function startHosts(port, graphic) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, "http://x");
    try {
      if (url.pathname === "/pym.v1.min.js") {
        res.writeHead(200, { "content-type": "text/javascript" }).end(await readFile(pym));
        return;
      }
      const name = url.pathname.slice(1);
      if (!/^[a-z]+\.html$/.test(name)) throw new Error("not a host page");
      const page = (await readFile(dir + name, "utf8"))
        .replaceAll("{{GRAPHIC_INDEX_JSON}}", JSON.stringify(graphic + "index.html" + url.search).replace(/</g, "\\u003c"))
        .replaceAll("{{GRAPHIC}}", escape(graphic))
        .replaceAll("{{QUERY}}", escape(url.search));
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(page);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => {
    server.listen(port, "127.0.0.1", () =>
      resolve({ url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((r) => server.close(r)) }),
    );
  });
}
