// WCAG 2.2 AA checks with axe-core in the states a reader meets.
import AxeBuilder from "@axe-core/playwright";
import { test, expect, openGraphic } from "./fixtures.mjs";

const states = [
  { name: "default", query: "" },
  { name: "selected event", query: "#event=geneva-talks" },
  { name: "dark", query: "?theme=dark#event=busan-summit" },
  { name: "Chinese", query: "?lang=zh" },
  { name: "as of the seed article", query: "?asof=2025-07-23" },
  { name: "phone", query: "#event=geneva-talks", width: 320 },
  // The page the build pre-renders, as readers see it before or without the app.
  { name: "pre-rendered page", query: "?static=1", prerendered: true },
  { name: "pre-rendered page, dark phone", query: "?static=1", prerendered: true, width: 320, colorScheme: "dark" },
  { name: "forced colors, light", query: "#event=geneva-talks", forcedColors: "active" },
  { name: "forced colors, dark", query: "?theme=dark", forcedColors: "active", colorScheme: "dark" },
  {
    name: "filters at their limits, a cluster's event selected",
    query: "",
    act: async (page) => {
      await page.getByRole("button", { name: /^Talks \d+ events$/ }).click();
      await page.getByRole("button", { name: "2025", exact: true }).click();
      await page.getByRole("button", { name: "Later →" }).click();
      const cluster = page.locator(".track .marker.cluster").first();
      if (await cluster.count()) {
        await cluster.focus();
        await page.keyboard.press("ArrowRight");
      }
    },
  },
  {
    name: "phone, whole list, card open",
    query: "",
    width: 375,
    act: async (page) => {
      await page.getByRole("button", { name: /^All \d+ events$/ }).click();
      await page.locator(".event-head").nth(4).click();
    },
  },
];

for (const s of states) {
  test(`no WCAG 2.2 AA violations: ${s.name}`, async ({ page }) => {
    if (s.width) await page.setViewportSize({ width: s.width, height: 800 });
    await page.emulateMedia({ forcedColors: s.forcedColors ?? "none", colorScheme: s.colorScheme ?? "light" });
    if (s.prerendered) await page.goto(s.query, { waitUntil: "networkidle" });
    else await openGraphic(page, s.query);
    if (s.act) await s.act(page);
    const results = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
      .analyze();
    const found = results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0].target.join(" ")} — ${v.help}`);
    expect(found).toEqual([]);
  });
}
