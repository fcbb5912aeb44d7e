// The benchmark: loads the graphic, its static HTML twin and a peer page (TimelineJS +
// Observable Plot) in headless Chromium on loopback, interleaved, and prints one table.
// Usage: node run.mjs   (after scripts/bench.sh has built ../dist and ../dist-5000)
// Settings: BENCH_LOADS (default 11), BENCH_CPU (CPU slow-down, default 4), BENCH_PORT,
// BENCH_LIGHTHOUSE_RUNS (default 3, 0 to skip), BENCH_SELECT_MAX (select at most this many
// events per edition; default all), BENCH_DIST and BENCH_DIST_5000 (builds to measure
// instead of ../dist and ../dist-5000, e.g. an earlier build to compare with).
import { chromium } from "@playwright/test";
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { promisify } from "node:util";
import { brotliCompressSync, constants } from "node:zlib";
import { CHROME, CHROME_ARGS } from "../end2end/chromium.mjs";
import { serve } from "./server.mjs";
import { writePeerPage, writeStaticTwin } from "./pages.mjs";
import { focusFirstEvent } from "./select-page.mjs";

const LOADS = Number(process.env.BENCH_LOADS || 11);
const CPU = Number(process.env.BENCH_CPU || 4);
const PORT = Number(process.env.BENCH_PORT || 8790);
const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
const SELECT_MAX = Number(process.env.BENCH_SELECT_MAX || Infinity);
// The track on a wide screen, the list on a phone.
const SELECT_WIDTHS = [1280, 412];
const origin = `http://127.0.0.1:${PORT}`;
const site = new URL("./site/", import.meta.url).pathname;

// What "interactive" means for each page, and how the page tells it without being polled:
// the graphic marks it when its app has mounted (its `performance.mark` call is watched),
// the static twin when it has loaded, the peer when TimelineJS and Plot have drawn (checked
// on each change of the page). A poll each animation frame from the page's start would ask
// the browser for frames while it parses, and those frames' style and layout would be the
// longest tasks of the load, of every page.
const PAGES = {
  static: { url: "/static/", whenReady: `addEventListener("load", go);` },
  graphic: {
    url: "/app/",
    whenReady: `
      const mark = performance.mark;
      performance.mark = function (name) {
        const entry = mark.apply(this, arguments);
        if (name === "tariff-timeline:interactive") go();
        return entry;
      };`,
  },
  peer: {
    url: "/peer/",
    whenReady: `
      const drawn = () => !!document.querySelector("#chart svg") && document.querySelectorAll(".tl-timemarker").length > 0;
      const watch = new MutationObserver(() => { if (drawn()) { watch.disconnect(); go(); } });
      watch.observe(document, { childList: true, subtree: true });`,
  },
};

// Runs before any page script: records paints, long tasks, long frames, layout shifts and the
// first frame painted once the page is ready (the next animation frame, then the task after
// it). A long task is a task of over 50 ms that runs script; a long frame is any stretch of
// over 50 ms before a frame is painted: its tasks and its rendering (style, layout, paint).
const instrument = (whenReady) => `
  window.__bench = { longTasks: [], longFrames: [], cls: 0, lcp: 0 };
  new PerformanceObserver((l) => { for (const e of l.getEntries()) __bench.longTasks.push([e.startTime, e.duration]); })
    .observe({ type: "longtask", buffered: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) __bench.longFrames.push([e.startTime, e.duration]); })
    .observe({ type: "long-animation-frame", buffered: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) __bench.lcp = e.startTime; })
    .observe({ type: "largest-contentful-paint", buffered: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) __bench.cls += e.value; })
    .observe({ type: "layout-shift", buffered: true });
  {
    let ready = false;
    const go = () => {
      if (ready) return;
      ready = true;
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => { __bench.interactive = performance.now(); console.log("bench:interactive"); };
        channel.port2.postMessage(0);
      });
    };
    ${whenReady}
  }
`;

async function main() {
  const dist = process.env.BENCH_DIST || new URL("../dist/", import.meta.url).pathname;
  const dist5000 = process.env.BENCH_DIST_5000 || new URL("../dist-5000/", import.meta.url).pathname;
  for (const dir of [dist, dist5000]) {
    if (!existsSync(`${dir}/index.html`)) throw new Error(`${dir} is missing: run scripts/bench.sh`);
  }
  const server = await serve(
    {
      "/app/": dist,
      "/app-5000/": dist5000,
      "/static/": `${site}/static`,
      "/peer/": `${site}/peer`,
      "/vendor/": new URL("./node_modules/", import.meta.url).pathname,
    },
    PORT,
  );
  const browser = await chromium.launch({ executablePath: CHROME, args: [...CHROME_ARGS, "--js-flags=--expose-gc"] });
  try {
    await writeStaticTwin(browser, `${origin}/app/`, `${site}/static`);
    writePeerPage(`${dist}/data.json`, `${site}/peer`);

    const loads = Object.fromEntries(Object.keys(PAGES).map((name) => [name, []]));
    await load(browser, "graphic"); // warm-up: the first start of Chromium is slower
    for (let round = 0; round < LOADS; round++) {
      for (const name of Object.keys(PAGES)) loads[name].push(await load(browser, name));
    }
    const select = {};
    for (const width of SELECT_WIDTHS) {
      select[`real, ${width} px`] = await selectTimes(browser, "/app/", `${dist}/data.json`, width);
      select[`synthetic, ${width} px`] = await selectTimes(browser, "/app-5000/", `${dist5000}/data.json`, width);
      select[`real, ${width} px, the card alone`] = await selectTimes(browser, "/app/", `${dist}/data.json`, width, true);
    }
    const lighthouse = {};
    for (const name of Object.keys(PAGES)) lighthouse[name] = await runLighthouse(`${origin}${PAGES[name].url}`);
    const bytes = { dist: fileSizes(dist) };
    report({ loads, select, lighthouse, bytes });
    mkdirSync(new URL("./results/", import.meta.url), { recursive: true });
    writeFileSync(
      new URL("./results/latest.json", import.meta.url),
      JSON.stringify({ when: new Date().toISOString(), cpu: CPU, loads, select, lighthouse, bytes }, null, 1),
    );
  } finally {
    await browser.close();
    // Keep-alive connections would otherwise hold the process open.
    server.closeAllConnections();
    server.close();
  }
}

/** One cold load of a page at the CPU slow-down: its timings, bytes and memory. */
async function load(browser, name) {
  const context = await browser.newContext({ viewport: { width: 412, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU });
  await page.addInitScript(instrument(PAGES[name].whenReady));
  // Told by the page, not polled: polling runs Playwright's own script in the page, a long
  // task of its own on a slowed CPU.
  const interactive = page.waitForEvent("console", { predicate: (m) => m.text() === "bench:interactive", timeout: 60_000 });
  await page.goto(origin + PAGES[name].url);
  await interactive;
  // Two more frames, so that the largest paint of the ready page has been reported.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const m = await page.evaluate(() => {
    const b = window.__bench;
    const paint = Object.fromEntries(performance.getEntriesByType("paint").map((p) => [p.name, p.startTime]));
    const firstPaint = paint["first-paint"] ?? paint["first-contentful-paint"];
    const during = b.longTasks.filter(([start]) => start < b.interactive);
    // The graphic's app starts where it requests its WebAssembly: tasks before are the
    // browser's own parsing and rendering of the page, as in the twin.
    const appStart = performance.getEntriesByType("resource").find((r) => r.name.endsWith(".wasm"))?.startTime;
    // Once the reader sees the page: until then, a frame's work delays only the first paint.
    const framesShown = b.longFrames
      .filter(([start]) => start >= firstPaint && start < b.interactive)
      .map(([, duration]) => duration);
    const resources = [...performance.getEntriesByType("navigation"), ...performance.getEntriesByType("resource")]
      .filter((r) => r.startTime < b.interactive);
    return {
      firstPaint,
      lcp: b.lcp,
      interactive: b.interactive,
      longestTask: Math.max(0, ...during.map(([, duration]) => duration)),
      longestAppTask:
        appStart === undefined ? undefined : Math.max(0, ...during.filter(([start]) => start >= appStart).map(([, d]) => d)),
      longestFrameShown: Math.max(0, ...framesShown),
      cls: b.cls,
      fetched: {
        requests: resources.length,
        brotli: resources.reduce((t, r) => t + r.encodedBodySize, 0),
        raw: resources.reduce((t, r) => t + r.decodedBodySize, 0),
      },
    };
  });
  await cdp.send("HeapProfiler.collectGarbage");
  await cdp.send("Performance.enable");
  const { metrics } = await cdp.send("Performance.getMetrics");
  m.jsHeap = metrics.find((x) => x.name === "JSHeapUsedSize").value;
  m.wasmMemory = await wasmMemory(cdp);
  await context.close();
  return m;
}

/** Bytes of every WebAssembly memory in the page. */
async function wasmMemory(cdp) {
  const proto = await cdp.send("Runtime.evaluate", { expression: "WebAssembly.Memory.prototype" });
  const { objects } = await cdp.send("Runtime.queryObjects", { prototypeObjectId: proto.result.objectId });
  const { result } = await cdp.send("Runtime.callFunctionOn", {
    objectId: objects.objectId,
    functionDeclaration: "function () { return this.reduce((t, m) => t + m.buffer.byteLength, 0); }",
    returnByValue: true,
  });
  return result.value;
}

/**
 * Select → next frame, for every event in turn: the timeline's "next event" key pressed as a
 * reader presses it (a real key event through the browser's input path, not one dispatched
 * from script), at the CPU slow-down, on a wide screen (the track) and a phone's (the list).
 * Two figures per press:
 * - input → next frame: from the moment the browser took the key (the event's timestamp, so
 *   waiting for a busy main thread counts) to the end of the first frame rendered after the
 *   page handled it (a task posted from that frame's animation callback runs once the frame
 *   is done). It includes the wait for the display's next frame, up to 16.7 ms at 60 Hz;
 * - main-thread work: the page's handling of the key (its handlers and the updates they
 *   queue) plus that frame's animation callbacks, style, layout and paint; above a frame
 *   (16.7 ms) the select drops a frame whenever the key comes.
 * Presses come at a random moment of the frame, once the page is idle again.
 *
 * With `cardAlone`, the app never sees the key: the page's script puts the next event's card,
 * as the app drew it, in place of the card shown (one `outerHTML`), and nothing else. That is
 * the least any page must do for a select, what the browser alone costs: a floor to read the
 * app's figures against.
 */
async function selectTimes(browser, url, dataJson, width, cardAlone = false) {
  const count = Math.min(JSON.parse(readFileSync(dataJson, "utf8")).events.length, SELECT_MAX);
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.addInitScript(() => {
    window.__selects = [];
    const press = { input: 0, start: 0, end: 0 };
    // The window's capture listener runs before the page's handlers, its bubble listener
    // after them and after the updates they queued as microtasks.
    addEventListener(
      "keydown",
      (e) => {
        if (e.key !== "ArrowRight") return;
        Object.assign(press, { input: e.timeStamp, start: performance.now() });
        if (window.__cards) {
          e.stopImmediatePropagation();
          e.preventDefault();
          const next = window.__cards.shift();
          if (next) document.querySelector('[data-testid="event-card"]').outerHTML = next;
          press.end = performance.now();
        }
        requestAnimationFrame(() => {
          const frame = performance.now();
          const { input, start, end } = press;
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            const now = performance.now();
            __selects.push({ toFrame: now - input, work: end - start + (now - frame) });
          };
          channel.port2.postMessage(0);
        });
      },
      true,
    );
    addEventListener("keydown", (e) => e.key === "ArrowRight" && (press.end = performance.now()));
  });
  const open = async () => {
    await page.goto(origin + url);
    await page.waitForFunction(() => performance.getEntriesByName("tariff-timeline:interactive").length > 0);
    await focusFirstEvent(page);
  };
  await open();
  if (cardAlone) {
    // Every card in turn, as the app draws it (at full speed), then the page afresh.
    const cards = [];
    for (let i = 1; i < count; i++) {
      await page.keyboard.press("ArrowRight");
      await page.waitForFunction((n) => window.__selects.length >= n, i, { polling: "raf" });
      cards.push(await page.getByTestId("event-card").evaluate((card) => card.outerHTML));
    }
    await open();
    await page.evaluate((cards) => (window.__cards = cards), cards);
  }
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU });
  for (let i = 1; i < count; i++) {
    // Idle, then a random moment of the next frame.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, Math.random() * 16.7))));
    await page.keyboard.press("ArrowRight");
    await page.waitForFunction((n) => window.__selects.length >= n, i, { polling: "raf" });
  }
  const times = await page.evaluate(() => window.__selects);
  await context.close();
  const stats = (key) => {
    const v = times.map((t) => t[key]);
    return { p50: percentile(v, 0.5), p95: percentile(v, 0.95), max: Math.max(...v) };
  };
  return { events: count, toFrame: stats("toFrame"), work: stats("work") };
}

/**
 * Lighthouse 12 (mobile preset: simulated slow 4G, 4× CPU), median of the runs. Run without
 * blocking: the pages it loads are served by this process.
 */
async function runLighthouse(url) {
  const runs = [];
  for (let i = 0; i < LIGHTHOUSE_RUNS + 2 && runs.length < LIGHTHOUSE_RUNS; i++) {
    try {
      const { stdout: json } = await promisify(execFile)(
        new URL("./node_modules/.bin/lighthouse", import.meta.url).pathname,
        [
          url,
          "--output=json",
          "--output-path=stdout",
          "--quiet",
          "--only-categories=performance",
          `--chrome-flags=--headless=new ${CHROME_ARGS.join(" ")}`,
        ],
        // A run takes ~11 s on a quiet machine; one that hangs is given up and retried.
        { env: { ...process.env, CHROME_PATH: CHROME }, maxBuffer: 64 << 20, timeout: 180_000 },
      );
      const r = JSON.parse(json);
      if (r.runtimeError) continue; // NO_FCP and the like: try again
      runs.push({
        score: Math.round(r.categories.performance.score * 100),
        fcp: r.audits["first-contentful-paint"].numericValue,
        lcp: r.audits["largest-contentful-paint"].numericValue,
        tbt: r.audits["total-blocking-time"].numericValue,
        cls: r.audits["cumulative-layout-shift"].numericValue,
      });
    } catch {
      // A failed run is retried; the table says how many succeeded.
    }
  }
  const pick = (k) => median(runs.map((r) => r[k]));
  return { runs: runs.length, score: pick("score"), fcp: pick("fcp"), lcp: pick("lcp"), tbt: pick("tbt"), cls: pick("cls") };
}

/** Raw and brotli (quality 11) bytes of every file of a build. */
function fileSizes(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    // Precompressed siblings (.br, .gz) are the same files again.
    .filter((f) => f.isFile() && !/\.(br|gz)$/.test(f.name))
    .map((f) => {
      const body = readFileSync(`${f.parentPath}/${f.name}`);
      const params = { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length };
      return { file: `${f.parentPath}/${f.name}`.slice(dir.length).replace(/^\//, ""), raw: body.length, brotli: brotliCompressSync(body, { params }).length };
    })
    .sort((a, b) => a.file.localeCompare(b.file));
}

function median(values) {
  return percentile(values, 0.5);
}

function percentile(values, p) {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return NaN;
  const i = (v.length - 1) * p;
  return v[Math.floor(i)] + (v[Math.ceil(i)] - v[Math.floor(i)]) * (i - Math.floor(i));
}

function report({ loads, select, lighthouse, bytes }) {
  const ms = (x) => (Number.isFinite(x) ? `${Math.round(x)} ms` : "–");
  const kb = (x) => `${(x / 1024).toFixed(1)} KB`;
  const ratio = (a, b) => (Number.isFinite(a / b) ? `${(a / b).toFixed(2)}×` : "–");
  const med = (name, key) => median(loads[name].map((l) => l[key]));
  const rows = [];
  const row = (...cells) => rows.push(`| ${cells.join(" | ")} |`);

  console.log(`\n## Bytes (brotli quality 11)\n`);
  console.log("| file | raw | brotli |\n| --- | ---: | ---: |");
  for (const f of bytes.dist) console.log(`| ${f.file} | ${f.raw} | ${f.brotli} |`);
  const total = bytes.dist.reduce((t, f) => [t[0] + f.raw, t[1] + f.brotli], [0, 0]);
  console.log(`| **all of dist/** | ${total[0]} | ${total[1]} |`);

  console.log(`\n## Load at ${CPU}× CPU, 412 px, median of ${LOADS} cold loads each, interleaved\n`);
  row("", "static twin", "graphic", "graphic ÷ twin", "peer (TimelineJS + Plot)", "peer ÷ twin");
  row("---", "---:", "---:", "---:", "---:", "---:");
  for (const [label, key] of [["first paint", "firstPaint"], ["largest contentful paint", "lcp"], ["interactive", "interactive"]]) {
    row(label, ms(med("static", key)), ms(med("graphic", key)), ratio(med("graphic", key), med("static", key)),
      ms(med("peer", key)), ratio(med("peer", key), med("static", key)));
  }
  row("graphic ÷ peer, interactive", "", ratio(med("graphic", "interactive"), med("peer", "interactive")), "", "", "");
  row("longest task during load", ms(med("static", "longestTask")), ms(med("graphic", "longestTask")), "",
    ms(med("peer", "longestTask")), "");
  const over = (name) => `${loads[name].filter((l) => l.longestTask > 50).length} of ${loads[name].length}`;
  row("loads with a task over 50 ms", over("static"), over("graphic"), "", over("peer"), "");
  const appTasks = loads.graphic.map((l) => l.longestAppTask);
  row("longest task once the app starts (its WebAssembly requested): median, max", "",
    `${ms(median(appTasks))}, ${ms(Math.max(...appTasks))}`, "", "", "");
  row("longest frame once painted, until interactive", ms(med("static", "longestFrameShown")),
    ms(med("graphic", "longestFrameShown")), "", ms(med("peer", "longestFrameShown")), "");
  row("layout shift (CLS)", med("static", "cls").toFixed(3), med("graphic", "cls").toFixed(3), "", med("peer", "cls").toFixed(3), "");
  const fetched = (name) => median(loads[name].map((l) => l.fetched.brotli));
  const requests = (name) => median(loads[name].map((l) => l.fetched.requests));
  row("fetched until interactive (brotli)", kb(fetched("static")), kb(fetched("graphic")), "", kb(fetched("peer")), "");
  row("requests until interactive", requests("static"), requests("graphic"), "", requests("peer"), "");
  row("JS heap after load", kb(med("static", "jsHeap")), kb(med("graphic", "jsHeap")), "", kb(med("peer", "jsHeap")), "");
  row("wasm memory after load", "–", kb(med("graphic", "wasmMemory")), "", "–", "");
  console.log(rows.join("\n"));

  console.log(`\n## Select → next frame (next-event key, ${CPU}× CPU, every event)\n`);
  console.log("| data | events | measure | p50 | p95 | max |\n| --- | ---: | --- | ---: | ---: | ---: |");
  for (const [label, s] of Object.entries(select)) {
    for (const [measure, t] of [["input → next frame", s.toFrame], ["main-thread work", s.work]]) {
      console.log(`| ${label} | ${s.events} | ${measure} | ${t.p50.toFixed(1)} ms | ${t.p95.toFixed(1)} ms | ${t.max.toFixed(1)} ms |`);
    }
  }

  console.log(`\n## Lighthouse 12.2.3, mobile preset, served with brotli (median of good runs)\n`);
  console.log("| page | runs | performance | FCP | LCP | TBT | CLS |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const [name, l] of Object.entries(lighthouse)) {
    console.log(`| ${name} | ${l.runs} | ${l.score} | ${ms(l.fcp)} | ${ms(l.lcp)} | ${ms(l.tbt)} | ${Number.isFinite(l.cls) ? l.cls.toFixed(3) : "–"} |`);
  }
}

await main();
