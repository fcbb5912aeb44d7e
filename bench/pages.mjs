// The pages the graphic is measured against, written from the build's own output:
// - a static HTML twin: the graphic's page as the app has drawn it, with no script;
// - a peer page: TimelineJS showing the same events and Observable Plot (with d3) drawing the
//   same two step series, from npm at pinned versions, data inline as those tools expect it.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";

/** The twin of the graphic's page: its DOM once interactive, scripts and preloads removed. */
export async function writeStaticTwin(browser, appUrl, dir) {
  const page = await browser.newPage({ viewport: { width: 412, height: 900 } });
  await page.goto(appUrl);
  await page.waitForFunction(() => performance.getEntriesByName("tariff-timeline:interactive").length > 0);
  const html = await page.evaluate(() => {
    const doc = document.documentElement.cloneNode(true);
    doc.querySelectorAll("script, link[rel=modulepreload], link[rel=preload]").forEach((n) => n.remove());
    return "<!doctype html>\n" + doc.outerHTML;
  });
  await page.close();
  // The twin lives in its own folder and takes the stylesheet from the app's.
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}/index.html`, html.replace("<head>", '<head><base href="/app/">'));
}

/** TimelineJS + Plot showing the data of `dataJson` (the build's data.json). */
export function writePeerPage(dataJson, dir) {
  const data = JSON.parse(readFileSync(dataJson, "utf8"));
  const day = (iso) => {
    const [year, month, dayOfMonth] = iso.split("-").map(Number);
    return { year, month, day: dayOfMonth };
  };
  const timeline = {
    title: { text: { headline: data.title.en } },
    events: data.events.map((e) => ({
      start_date: day(e.date),
      ...(e.end ? { end_date: day(e.end) } : {}),
      group: e.category,
      text: { headline: e.headline.en, text: e.summary.en },
    })),
  };
  // Each series steps after every change and runs on to the "data through" date.
  const steps = data.rates.map((s) => ({ series: s.series, date: s.date, rate: s.rate }));
  for (const series of new Set(steps.map((s) => s.series))) {
    const last = steps.filter((s) => s.series === series).at(-1);
    steps.push({ series, date: data.updated, rate: last.rate });
  }
  const vendor = "/vendor";
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(data.title.en)}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${vendor}/@knight-lab/timelinejs/dist/css/timeline.css">
<style>body{font:16px/1.4 system-ui,sans-serif;margin:0 auto;max-width:1200px;padding:0 8px}#timeline{height:600px}</style>
</head>
<body>
<main>
<h1>${escape(data.title.en)}</h1>
<div id="chart"></div>
<div id="timeline"></div>
</main>
<script src="${vendor}/d3/dist/d3.min.js"></script>
<script src="${vendor}/@observablehq/plot/dist/plot.umd.min.js"></script>
<script src="${vendor}/@knight-lab/timelinejs/dist/js/timeline.js"></script>
<script>
const steps = ${JSON.stringify(steps)}.map((s) => ({ ...s, date: new Date(s.date) }));
document.getElementById("chart").append(Plot.plot({
  width: Math.min(1200, document.body.clientWidth), height: 320, y: { grid: true, label: "Additional tariff (%)" },
  color: { legend: true },
  marks: [Plot.lineY(steps, { x: "date", y: "rate", stroke: "series", curve: "step-after" }), Plot.ruleY([0])],
}));
new TL.Timeline("timeline", ${JSON.stringify(timeline)}, {
  script_path: "${vendor}/@knight-lab/timelinejs/dist/js/", language: "en", font: null,
});
</script>
</body>
</html>
`;
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}/index.html`, html);
}

function escape(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;");
}
