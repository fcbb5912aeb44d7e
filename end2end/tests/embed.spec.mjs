// The graphic embedded in real host pages on another origin: Pym.js, embed.js, a raw
// message listener and a sandboxed frame, all served with the shipped headers.
import { test, expect, GRAPHIC, graphicFrame, contentHeight, frameHeight } from "./embed-hosts.mjs";
import { events } from "./fixtures.mjs";

const allEvents = events();
/** An event far down the list. */
const LATE = allEvents[allEvents.length - 8];

for (const width of [320, 1200]) {
  test(`the real pym.js parent sizes the frame to the graphic at ${width} px`, async ({ page, hosts, problems }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(hosts + "pym.html");
    const { handle } = await graphicFrame(page);
    expect(handle.url()).toContain("childId=tariff-graphic");
    await expect.poll(async () => Math.abs((await frameHeight(page)) - (await contentHeight(handle)))).toBeLessThanOrEqual(1);
    expect(await contentHeight(handle)).toBeGreaterThan(400);
    expect(problems()).toEqual([]);
  });

  test(`embed.js sizes the frame to the graphic at ${width} px`, async ({ page, hosts, problems }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(hosts + "embedjs.html");
    const { handle } = await graphicFrame(page);
    expect(handle.url()).toContain("parentUrl=" + encodeURIComponent(hosts + "embedjs.html"));
    await expect.poll(async () => Math.abs((await frameHeight(page)) - (await contentHeight(handle)))).toBeLessThanOrEqual(1);
    expect(problems()).toEqual([]);
  });
}

test("embed.js follows the graphic's height as the reader opens the whole list", async ({ page, hosts, problems }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(hosts + "embedjs.html");
  const { frame, handle } = await graphicFrame(page);
  await expect.poll(async () => Math.abs((await frameHeight(page)) - (await contentHeight(handle)))).toBeLessThanOrEqual(1);
  const before = await frameHeight(page);
  await frame.getByRole("button", { name: `All ${allEvents.length} events` }).click();
  await expect(frame.locator(".event-list > li")).toHaveCount(allEvents.length);
  await expect.poll(() => frameHeight(page)).toBeGreaterThan(before + 1000);
  await expect.poll(async () => Math.abs((await frameHeight(page)) - (await contentHeight(handle)))).toBeLessThanOrEqual(1);
  expect(problems()).toEqual([]);
});

test("a host link with #event opens that event and scrolls the article to it; a new selection reaches the host's URL", async ({
  page,
  hosts,
  problems,
}) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(hosts + `embedjs.html#event=${LATE.id}`);
  const { frame, handle } = await graphicFrame(page);
  await expect(frame.locator(`#card-${LATE.id}`)).toBeVisible();
  // The card is on the host's screen: the article scrolled to it.
  const cardOnScreen = async () => {
    const frameTop = await page.locator("iframe").evaluate((f) => f.getBoundingClientRect().top);
    const cardTop = await handle.evaluate((id) => document.getElementById(`card-${id}`).getBoundingClientRect().top, LATE.id);
    return frameTop + cardTop;
  };
  await expect.poll(cardOnScreen).toBeGreaterThanOrEqual(0);
  expect(await cardOnScreen()).toBeLessThan(800);
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(900);

  // The reader picks another event in the frame: the host's URL follows.
  const other = allEvents[0];
  await frame.locator(`button[data-event-id="${other.id}"]`).click();
  await expect.poll(() => new URL(page.url()).hash).toBe(`#event=${other.id}`);
  expect(problems()).toEqual([]);
});

test("embed.js takes heights only from the frame's own messages, and follows the host's hash", async ({ page, hosts, problems }) => {
  await page.setViewportSize({ width: 1200, height: 900 });
  await page.goto(hosts + "embedjs.html");
  const { frame, handle } = await graphicFrame(page);
  await expect.poll(async () => Math.abs((await frameHeight(page)) - (await contentHeight(handle)))).toBeLessThanOrEqual(1);
  const height = await frameHeight(page);
  // The same message from the host page itself is not the frame's.
  await page.evaluate(() => {
    window.seen = new Promise((resolve) => window.addEventListener("message", resolve, { once: true }));
    window.postMessage({ source: "tariff-timeline", version: 1, type: "height", height: 50 }, "*");
    return window.seen.then(() => true);
  });
  expect(await frameHeight(page)).toBe(height);
  // A new #event in the host's URL selects that event in the frame.
  await page.evaluate((id) => (location.hash = `event=${id}`), LATE.id);
  await expect(frame.locator(`#card-${LATE.id}`)).toBeVisible();
  expect(problems()).toEqual([]);
});

test("a raw listener receives the Pym, AMP, Datawrapper and own messages", async ({ page, hosts, problems }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(hosts + "raw.html?childId=raw-1");
  const { frame, handle } = await graphicFrame(page);
  const received = () => page.evaluate(() => window.received);
  const height = await contentHeight(handle);
  await expect
    .poll(async () => {
      const all = await received();
      const own = all.filter((m) => m && m.source === "tariff-timeline" && m.type === "height");
      return own.length ? own[own.length - 1].height : -1;
    })
    .toBe(height);
  const all = await received();
  expect(all).toContain(`pymxPYMxraw-1xPYMxheightxPYMx${height}`);
  expect(all).toContainEqual({ sentinel: "amp", type: "embed-size", height });
  expect(all).toContainEqual({ "datawrapper-height": { "tariff-timeline": height } });
  expect(all).toContainEqual({ source: "tariff-timeline", version: 1, type: "height", height });
  // Sent only when the height changes.
  const heights = all.filter((m) => m && m.type === "height").map((m) => m.height);
  heights.forEach((h, i) => i > 0 && expect(h).not.toBe(heights[i - 1]));

  // A selection tells the host which event and where its card is.
  const pick = allEvents[0];
  await frame.locator(`button[data-event-id="${pick.id}"]`).click();
  await expect(frame.locator(`#card-${pick.id}`)).toBeVisible();
  const cardTop = await handle.evaluate(
    (id) => Math.round(document.getElementById(`card-${id}`).getBoundingClientRect().top + window.scrollY),
    pick.id,
  );
  await expect
    .poll(async () => (await received()).find((m) => m && m.type === "select"))
    .toEqual({ source: "tariff-timeline", version: 1, type: "select", id: pick.id, top: expect.any(Number) });
  const select = (await received()).find((m) => m && m.type === "select");
  expect(Math.abs(select.top - cardTop)).toBeLessThanOrEqual(2);
  expect(problems()).toEqual([]);
});

test("without a childId no Pym message is sent", async ({ page, hosts }) => {
  await page.goto(hosts + "raw.html");
  await graphicFrame(page);
  await expect.poll(async () => (await page.evaluate(() => window.received)).some((m) => m && m.type === "height")).toBe(true);
  const all = await page.evaluate(() => window.received);
  expect(all.filter((m) => typeof m === "string")).toEqual([]);
});

test("in a sandboxed frame served with the shipped headers the graphic works, with no console problem", async ({
  page,
  hosts,
  problems,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const response = page.waitForResponse((r) => r.url().startsWith(GRAPHIC) && r.request().resourceType() === "document");
  await page.goto(hosts + "sandbox.html");
  const headers = (await response).headers();
  expect(headers["content-security-policy"]).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(headers["access-control-allow-origin"]).toBe("*");
  const { frame } = await graphicFrame(page);
  await expect(frame.getByRole("region", { name: "Key figures" })).toContainText("145%");
  await frame.locator(".track button[data-event-id]").first().click();
  await expect(frame.getByTestId("event-card")).toBeVisible();
  await expect(frame.locator(".chart svg").first()).toBeVisible();
  expect(problems()).toEqual([]);
});

test("a parent posting junk, oversized and script-bearing messages changes nothing", async ({ page, hosts, problems }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(hosts + "raw.html?childId=j&theme=light");
  const { handle } = await graphicFrame(page);
  const snapshot = () =>
    handle.evaluate(() => ({
      graphic: document.getElementById("graphic").innerHTML,
      theme: document.documentElement.dataset.theme,
      hash: location.hash,
    }));
  await handle.evaluate(() => {
    window.seen = 0;
    window.addEventListener("message", () => window.seen++);
  });
  const before = await snapshot();
  const sent = await page.evaluate(() => {
    const host = (fields) => ({ source: "tariff-timeline-host", version: 1, ...fields });
    const cyclic = {};
    cyclic.self = cyclic;
    const junk = [
      "", "null", 42, null, true, [], {}, [1, [2, [3]]], cyclic, new Map([["a", 1]]),
      "x".repeat(1_000_000),
      JSON.stringify(host({ type: "select", id: "x".repeat(5000) })),
      host({ type: "theme", theme: "purple" }),
      host({ type: "theme", theme: { dark: true } }),
      host({ type: "select", id: "<img src=x onerror=alert(1)>" }),
      host({ type: "select", id: "</script><script>alert(1)</script>" }),
      host({ type: "select", id: "no-such-event" }),
      host({ type: "select", id: "inauguration", html: "<b>bold</b>" }),
      { ...host({ type: "theme", theme: "dark" }), version: 2 },
      { ...host({ type: "theme", theme: "dark" }), source: "someone-else" },
      JSON.stringify(host({ type: "theme", theme: "dark" })) + "<script>alert(1)</script>",
      "pymxPYMxotherxPYMxwidthxPYMx300",
      "pymxPYMxjxPYMxwidthxPYMx-1",
      "pymxPYMxjxPYMxscrollToChildPosxPYMx<script>alert(1)</script>",
      '{"source":"tariff-timeline-host","version":1,"type":"theme","theme":"dark"',
    ];
    const target = document.querySelector("iframe").contentWindow;
    for (const m of junk) target.postMessage(m, "*");
    return junk.length;
  });
  await expect.poll(() => handle.evaluate(() => window.seen)).toBe(sent);
  expect(await snapshot()).toEqual(before);

  // Well-formed messages from anyone but the parent are ignored too...
  await handle.evaluate(() =>
    window.postMessage({ source: "tariff-timeline-host", version: 1, type: "theme", theme: "dark" }, "*"),
  );
  await expect.poll(() => handle.evaluate(() => window.seen)).toBe(sent + 1);
  expect(await snapshot()).toEqual(before);
  // ...while the parent's are obeyed: the channel works.
  await page.evaluate(() =>
    document
      .querySelector("iframe")
      .contentWindow.postMessage({ source: "tariff-timeline-host", version: 1, type: "theme", theme: "dark" }, "*"),
  );
  await expect.poll(() => handle.evaluate(() => document.documentElement.dataset.theme)).toBe("dark");
  await page.evaluate(() =>
    document
      .querySelector("iframe")
      .contentWindow.postMessage('{"source":"tariff-timeline-host","version":1,"type":"select","id":"inauguration"}', "*"),
  );
  await expect(page.frameLocator("iframe").locator("#card-inauguration")).toBeVisible();
  expect(problems()).toEqual([]);
});
