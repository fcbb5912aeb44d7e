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
];

for (const s of states) {
  test(`no WCAG 2.2 AA violations: ${s.name}`, async ({ page }) => {
    if (s.width) await page.setViewportSize({ width: s.width, height: 800 });
    await openGraphic(page, s.query);
    const results = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
      .analyze();
    const found = results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0].target.join(" ")} — ${v.help}`);
    expect(found).toEqual([]);
  });
}
