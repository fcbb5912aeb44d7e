// Shared by the accessibility tests: where focus is, what the live region says, and the
// expected announcement of an event, built from the data the graphic was built with.
import { expect, dataset, readableFromIso } from "./fixtures.mjs";

const CATEGORY = {
  tariff: "Tariff",
  retaliation: "Retaliation",
  talks: "Talks",
  "export-controls": "Export controls",
  deadline: "Deadline",
  legal: "Legal",
  other: "Other",
};

/** Waits until focus is on a connected element other than `<body>`; returns its name. */
export async function expectFocusKept(page) {
  await expect
    .poll(() =>
      page.evaluate(() => {
        const a = document.activeElement;
        return !!a && a !== document.body && a.isConnected;
      }),
    )
    .toBe(true);
  return focusedName(page);
}

/** The focused element's accessible name (aria-label, else its text). */
export const focusedName = (page) =>
  page.evaluate(() => {
    const a = document.activeElement;
    return (a.getAttribute("aria-label") || a.textContent || "").trim();
  });

/** The graphic's one live region. */
export const liveRegion = (page) => page.getByRole("status");

/** The data's event of `id`. */
export const eventById = (id) => dataset().events.find((e) => e.id === id);

/** What a selection of a day-dated event announces: "4 Feb 2025, Tariff: headline". */
export function announcement(e) {
  return `${readableFromIso(e.date)}, ${CATEGORY[e.category]}: ${e.headline.en}`;
}

/** Events dated to one day, the ones whose announcement the tests spell out in full. */
export const dayEvents = () => dataset().events.filter((e) => e.date_precision === "day" && !e.end);

/** The selected event's id, from the URL's hash. */
export const selectedId = (page) => page.evaluate(() => new URLSearchParams(location.hash.slice(1)).get("event"));
