// The graphic in each language: Chinese everywhere at ?lang=zh, none left at ?lang=en.
import { test, expect, openGraphic, dataset } from "./fixtures.mjs";

const han = (s) => (s.match(/[\u4e00-\u9fff]/g) || []).length;
const latin = (s) => (s.match(/[A-Za-z]/g) || []).length;
const pageText = (page) => page.evaluate(() => document.body.innerText);
// Sources keep their original titles: the text a reader sees apart from its links.
const textBesideLinks = (page) =>
  page.evaluate(() => [...document.querySelectorAll("a")].reduce((t, a) => t.replace(a.innerText, ""), document.body.innerText));
const chartTexts = (page) => page.locator(".chart svg text").allTextContents();

/** Opens the graphic in Chinese at a width, once the app has drawn it. */
async function openChinese(page, width) {
  await page.setViewportSize({ width, height: 900 });
  await page.goto("?lang=zh");
  await expect(page.getByRole("heading", { level: 2, name: "大事记" })).toBeVisible();
  await expect(page.locator(".chart svg text").first()).toBeVisible();
}

/** Asserts that a text is mostly Chinese. */
function expectChinese(text, what) {
  expect(han(text), `${what}: ${text}`).toBeGreaterThan(latin(text));
}

for (const width of [320, 1280]) {
  test(`at ${width}px, lang=zh shows Chinese text, labels and dates`, async ({ page }) => {
    await openChinese(page, width);
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(dataset().title.zh);
    await expect(page).toHaveTitle(dataset().title.zh);
    expectChinese(await pageText(page), "the page");

    // Dates: "2026年11月29日", never "29 Nov 2026".
    const [y, m, d] = dataset().updated.split("-").map(Number);
    await expect(page.getByRole("region", { name: "要点" })).toContainText(`${y}年${m}月${d}日`);
    expect(await textBesideLinks(page)).not.toMatch(/\b\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b/);

    // The chart: series names, annotations and axis ticks in Chinese.
    const labels = (await chartTexts(page)).map((t) => t.trim()).filter((t) => t);
    expect(labels.length).toBeGreaterThan(5);
    for (const label of labels) expect(latin(label), label).toBe(0);
    expect(labels.some((l) => /\d+年|\d+月/.test(l)), labels.join(" | ")).toBe(true);
    expect(labels.filter((l) => han(l) > 0).length).toBeGreaterThan(3);
    expect(page.problems).toEqual([]);
  });
}

test("at 320px, lang=zh names every event in Chinese", async ({ page }) => {
  await openChinese(page, 320);
  // Phones show the key events first; one tap lists them all.
  await page.getByRole("button", { name: `全部${dataset().events.length}个事件` }).click();
  const items = page.getByRole("region", { name: "大事记" }).getByRole("listitem");
  await expect(items).toHaveCount(dataset().events.length);
  for (const text of await items.allInnerTexts()) expectChinese(text, "event");
});

test("at 1280px, lang=zh names every event in Chinese on its card", async ({ page }) => {
  await openChinese(page, 1280);
  const headline = page.getByTestId("event-card").getByRole("heading", { level: 3 });
  await page.locator(".track button").first().focus();
  await page.keyboard.press("Home");
  for (const e of dataset().events) {
    await expect(headline).toHaveText(e.headline.zh);
    expectChinese(e.headline.zh, e.id);
    await page.keyboard.press("ArrowRight");
  }
});

for (const width of [320, 1280]) {
  test(`at ${width}px, lang=en has no Chinese left`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await openGraphic(page, "?lang=en");
    await expect(page.locator(".chart svg text").first()).toBeVisible();
    expect(han(await pageText(page))).toBe(0);
    expect(han((await chartTexts(page)).join(""))).toBe(0);
    expect(page.problems).toEqual([]);
  });
}

test.describe("with a Chinese browser", () => {
  test.use({ locale: "zh-CN" });

  test("lang=auto follows the browser's languages", async ({ page }) => {
    await page.goto("?lang=auto");
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(dataset().title.zh);
  });

  test("without lang the graphic stays in English", async ({ page }) => {
    await openGraphic(page);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
  });
});

test("only a Chinese reader downloads the Chinese texts of the data", async ({ page }) => {
  const fetched = [];
  page.on("request", (r) => {
    if (/\/zh-[0-9a-f]+\.txt$/.test(r.url())) fetched.push(r.url());
  });
  await openGraphic(page, "?lang=en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(dataset().title.en);
  expect(fetched).toEqual([]);
  await openChinese(page, 1280);
  expect(fetched).toHaveLength(1);
  expect(page.problems).toEqual([]);
});
