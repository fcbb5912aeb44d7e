// Where the graphic's load spends main-thread time: one cold load at the CPU slow-down with
// the CPU profiler on, then the long tasks and the functions with the most self time.
// Usage: node profile-load.mjs [DIST]   (default ../dist; BENCH_CPU, BENCH_PORT as run.mjs)
import { chromium } from "@playwright/test";
import { CHROME, CHROME_ARGS } from "../end2end/chromium.mjs";
import { serve } from "./server.mjs";

const CPU = Number(process.env.BENCH_CPU || 4);
const PORT = Number(process.env.BENCH_PORT || 8790);
const dist = process.argv[2] || new URL("../dist/", import.meta.url).pathname;
const server = await serve({ "/app/": dist }, PORT);
const browser = await chromium.launch({ executablePath: CHROME, args: CHROME_ARGS });
try {
  // Warm-up, until interactive: the server compresses each file on its first request.
  await browser.newPage().then(async (p) => {
    await p.goto(`http://127.0.0.1:${PORT}/app/`);
    await p.waitForFunction(() => performance.getEntriesByName("tariff-timeline:interactive").length > 0);
    await p.close();
  });
  const context = await browser.newContext({ viewport: { width: 412, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU });
  await page.addInitScript(() => {
    window.__tasks = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) __tasks.push([Math.round(e.startTime), Math.round(e.duration)]); })
      .observe({ type: "longtask", buffered: true });
    window.__shifts = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) __shifts.push([Math.round(e.startTime), e.value.toFixed(3), e.sources.map((s) => s.node?.className || s.node?.nodeName).join(",")]); })
      .observe({ type: "layout-shift", buffered: true });
    // Told by the app's mark, not polled each frame (see run.mjs).
    const mark = performance.mark;
    performance.mark = function (name) {
      const entry = mark.apply(this, arguments);
      if (name === "tariff-timeline:interactive") console.log("profile:interactive");
      return entry;
    };
  });
  const interactive = page.waitForEvent("console", { predicate: (m) => m.text() === "profile:interactive", timeout: 60_000 });
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
  await cdp.send("Profiler.start");
  await page.goto(`http://127.0.0.1:${PORT}/app/`);
  await interactive;
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 0)))));
  const { profile } = await cdp.send("Profiler.stop");
  const info = await page.evaluate(() => ({
    tasks: __tasks,
    shifts: __shifts,
    interactive: Math.round(performance.getEntriesByName("tariff-timeline:interactive")[0].startTime),
    resources: performance.getEntriesByType("resource").map((r) => [r.name.split("/").pop().slice(0, 30), Math.round(r.startTime), Math.round(r.responseEnd)]),
  }));
  console.log(JSON.stringify(info));
  // Self time per function name (sampled).
  const self = new Map();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const dt = profile.timeDeltas;
  profile.samples.forEach((id, i) => {
    const n = byId.get(id);
    const name = `${n.callFrame.functionName || "(anon)"} ${n.callFrame.url.split("/").pop().slice(0, 24)}`;
    self.set(name, (self.get(name) || 0) + (dt[i] || 0) / 1000);
  });
  for (const [name, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`${ms.toFixed(1).padStart(8)} ms  ${name}`);
} finally {
  await browser.close();
  server.closeAllConnections();
  server.close();
}
