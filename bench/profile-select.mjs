// Where a selection spends main-thread time: steps through events with the timeline's
// "next event" key at the CPU slow-down with the CPU profiler on, then prints the functions
// with the most self time and the most total time (TOP of each, default 40). To read the
// wasm's function names, profile a copy of the build whose `*_bg.wasm` and glue `.js` are
// replaced by Trunk's output before wasm-opt, which keeps them:
// `target/wasm-bindgen/release/tariff-timeline{_bg.wasm,.js}` (from the same build).
// Usage: node profile-select.mjs [DIST] [SELECTS]   (default ../dist-5000, 200; BENCH_CPU, BENCH_PORT as run.mjs)
import { selectSession } from "./select-page.mjs";

const { cpu: CPU, selects, page, cdp, close } = await selectSession(200);
try {
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
  await cdp.send("Profiler.start");
  for (let i = 0; i < selects; i++) await page.keyboard.press("ArrowRight");
  const { profile } = await cdp.send("Profiler.stop");
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id);
  const name = (n) => `${n.callFrame.functionName || "(anon)"} ${n.callFrame.url.split("/").pop().slice(0, 20)}`;
  const self = new Map();
  const total = new Map();
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] || 0) / 1000;
    self.set(name(byId.get(id)), (self.get(name(byId.get(id))) || 0) + ms);
    // Each function on the stack once, however deep it recurses.
    const seen = new Set();
    for (let n = id; n !== undefined; n = parent.get(n)) seen.add(name(byId.get(n)));
    for (const s of seen) total.set(s, (total.get(s) || 0) + ms);
  });
  const busy = [...self].filter(([n]) => !/^\((idle|program|garbage collector)\)/.test(n)).reduce((t, [, ms]) => t + ms, 0);
  console.log(`${selects} selects at ${CPU}× CPU: ${busy.toFixed(0)} ms busy, ${(busy / selects).toFixed(2)} ms per select`);
  for (const [title, map] of [["self", self], ["total", total]]) {
    console.log(`\n${title} time per select:`);
    for (const [n, ms] of [...map].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP || 40))) {
      console.log(`${(ms / selects).toFixed(3).padStart(8)} ms  ${n.slice(0, 150)}`);
    }
  }
} finally {
  await close();
}
