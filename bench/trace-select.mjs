// Where a selection's frame goes in the renderer: steps through events with the timeline's
// "next event" key at the CPU slow-down with a Chromium trace on, then prints, per select,
// the main thread's time by trace event (script, style, layout, paint…), how many elements
// each style recalculation touched and how many objects each layout had to lay out.
// Usage: node trace-select.mjs [DIST] [SELECTS]   (default ../dist-5000, 60; BENCH_CPU, BENCH_PORT as run.mjs;
// TRACE_OUT=file.json keeps the trace's events, to open in a trace viewer)
import { selectSession } from "./select-page.mjs";

const { cpu: CPU, selects, browser, page, close } = await selectSession(60);
try {
  await browser.startTracing(page, {
    categories: ["devtools.timeline", "disabled-by-default-devtools.timeline", "blink", "v8.execute"],
  });
  for (let i = 0; i < selects; i++) {
    await page.keyboard.press("ArrowRight");
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 20))));
  }
  const trace = JSON.parse((await browser.stopTracing()).toString());
  const events = trace.traceEvents ?? trace;
  if (process.env.TRACE_OUT) (await import("node:fs")).writeFileSync(process.env.TRACE_OUT, JSON.stringify(events));
  const main = events.find((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain");
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === "X" && e.dur);
  const total = new Map();
  // Wall time, and the thread's own CPU time (which a busy machine does not inflate).
  const add = (k, us, tus) => {
    const [wall, cpu] = total.get(k) || [0, 0];
    total.set(k, [wall + us / 1000, cpu + (tus ?? 0) / 1000]);
  };
  const tasks = onMain.filter((e) => /^(RunTask|ThreadControllerImpl::RunTask)$/.test(e.name));
  const busy = tasks.reduce((t, e) => [t[0] + e.dur / 1000, t[1] + (e.tdur ?? 0) / 1000], [0, 0]);
  const styles = [];
  const layouts = [];
  for (const e of onMain) {
    if (/^(RunTask|ThreadControllerImpl::RunTask)$/.test(e.name)) continue;
    add(e.name, e.dur, e.tdur);
    if (e.name === "UpdateLayoutTree") styles.push([e.dur / 1000, e.args?.elementCount ?? e.args?.endData?.elementCount]);
    if (e.name === "Layout") layouts.push([e.dur / 1000, e.args?.beginData?.dirtyObjects, e.args?.beginData?.totalObjects, e.args?.beginData?.partialLayout]);
  }
  const per = (ms) => (ms / selects).toFixed(3).padStart(8);
  console.log(`${selects} selects at ${CPU}× CPU; main thread busy per select: ${per(busy[0])} ms wall, ${per(busy[1])} ms CPU`);
  console.log("trace events, ms per select (nested events count in each):\n    wall      CPU");
  for (const [k, [wall, cpu]] of [...total].sort((a, b) => b[1][0] - a[1][0]).slice(0, Number(process.env.TOP || 30))) {
    console.log(`${per(wall)} ${per(cpu)}  ${k}`);
  }
  const summary = (rows, label) => {
    const n = rows.length;
    console.log(`\n${label}: ${n} (${(n / selects).toFixed(1)} per select); slowest:`);
    for (const r of rows.sort((a, b) => b[0] - a[0]).slice(0, 8)) console.log(`  ${r[0].toFixed(2)} ms  ${JSON.stringify(r.slice(1))}`);
  };
  summary(styles, "style recalcs [ms, elements]");
  summary(layouts, "layouts [ms, dirty objects, total objects, partial]");
} finally {
  await close();
}
