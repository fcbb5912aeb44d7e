// Shared test set-up: a page that records console problems and any request that leaves
// the graphic's own origin, plus the data the build wrote into dist/ (data.json).
import { test as base, expect } from "@playwright/test";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const distDir = fileURLToPath(new URL("../../dist/", import.meta.url));

export const test = base.extend({
  page: async ({ page, baseURL }, use) => {
    const problems = [];
    page.on("console", (m) => {
      if (m.type() === "error" || m.type() === "warning") problems.push(`${m.type()}: ${m.text()}`);
    });
    page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
    page.on("request", (r) => {
      if (!r.url().startsWith(baseURL) && !r.url().startsWith("data:")) problems.push(`request: ${r.url()}`);
    });
    page.problems = problems;
    await use(page);
  },
});
export { expect };

/** Opens the graphic and waits for the app to take over from the pre-rendered page. */
export async function openGraphic(page, query = "") {
  await page.goto(query);
  await appStarted(page);
}

/** Waits for the app's public mark: from then on the graphic answers to the reader. */
export async function appStarted(page) {
  await page.waitForFunction(() => performance.getEntriesByName("tariff-timeline:interactive").length > 0);
}

/** Parses CSV text (RFC 4180 quoting) into objects keyed by the header row. */
export function parseCsv(text) {
  const rows = [];
  let row = [], field = "", quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") { row.push(field); field = ""; }
    else if (c === "\n") { row.push(field); rows.push(row); row = []; field = ""; }
    else if (c !== "\r") field += c;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  const [header, ...body] = rows;
  return body.filter((r) => r.length > 1).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}

let data;
/** The dataset the graphic was built with, as the build wrote it: dist/data.json. */
export function dataset() {
  data ??= JSON.parse(readFileSync(distDir + "data.json", "utf8"));
  return data;
}

/** Rate steps: series, date, rate and event of each, in date order. */
export const rateSteps = () => dataset().rates.map(({ series, date, rate, event }) => ({ series, date, rate, event }));

/** The rate of a series (`us` or `china`) in force on an ISO date. */
export function rateOn(series, iso) {
  const steps = rateSteps().filter((s) => s.series === series && s.date <= iso);
  return steps.length ? steps[steps.length - 1].rate : 0;
}

/** Events: id, date and English headline of each, in date order. */
export const events = () => dataset().events.map((e) => ({ id: e.id, date: e.date, headline: e.headline.en }));

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "10 Apr 2025" → "2025-04-10". */
export function isoFromReadable(text) {
  const [d, m, y] = text.trim().split(" ");
  return `${y}-${String(MONTHS.indexOf(m) + 1).padStart(2, "0")}-${d.padStart(2, "0")}`;
}

/** "2026-11-29" → "29 Nov 2026". */
export function readableFromIso(iso) {
  const [y, m, d] = iso.split("-").map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}
