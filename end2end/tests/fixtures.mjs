// Shared test set-up: a page that records console problems and any request that leaves
// the graphic's own origin, plus readers of the project's data files.
import { test as base, expect } from "@playwright/test";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const dataDir = fileURLToPath(new URL("../../src/data/", import.meta.url));

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

/** Opens the graphic and waits for the app to replace the fallback. */
export async function openGraphic(page, query = "") {
  await page.goto(query);
  await expect(page.getByRole("heading", { level: 2, name: "Events" }).or(page.locator(".chart svg")).first()).toBeVisible();
}

/** Parses CSV text (RFC 4180 quoting) into objects keyed by the header row. */
function parseCsv(text) {
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

export const rateSteps = () => parseCsv(readFileSync(dataDir + "rates.csv", "utf8"));

/** The rate of a series (`us` or `china`) in force on an ISO date, per rates.csv. */
export function rateOn(series, iso) {
  const steps = rateSteps().filter((s) => s.series === series && s.date <= iso);
  steps.sort((a, b) => a.date.localeCompare(b.date));
  return steps.length ? Number(steps[steps.length - 1].rate) : 0;
}

/** Events of events.toml: id, date and headline of each, in file order. */
export function events() {
  const text = readFileSync(dataDir + "events.toml", "utf8");
  return text.split(/^\[\[event\]\]$/m).slice(1).map((block) => {
    const get = (key) => (block.match(new RegExp(`^${key} = "((?:[^"\\\\]|\\\\.)*)"`, "m")) || [])[1];
    return { id: get("id"), date: get("date"), headline: get("headline")?.replace(/\\"/g, '"') };
  });
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "10 Apr 2025" → "2025-04-10". */
export function isoFromReadable(text) {
  const [d, m, y] = text.trim().split(" ");
  return `${y}-${String(MONTHS.indexOf(m) + 1).padStart(2, "0")}-${d.padStart(2, "0")}`;
}
