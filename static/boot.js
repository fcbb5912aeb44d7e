// Starts the interactive graphic over the page the build pre-rendered, or, with `static=1`,
// leaves that page as it is and loads no WebAssembly. If the app cannot start (blocked, old
// browser, failed download), it says so and the pre-rendered page stays. An external file,
// not an inline script, so the page runs under a strict Content-Security-Policy.
(function () {
  "use strict";
  var query = location.search;
  var has = function (pattern) { return new RegExp("(?:^\\?|&)" + pattern + "(?:&|$)").test(query); };
  var root = document.documentElement;

  function status(text) {
    var el = document.querySelector(".fallback-status");
    if (el) el.textContent = text;
  }
  function whenReady(f) {
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", f);
    else f();
  }

  if (has("static=1")) {
    // The page as it is for good: what only the app does is not offered (style.css).
    root.setAttribute("data-prerender", "static");
    return;
  }

  // The pre-render is the page with the URL's defaults, in English. Where the URL asks for
  // another page (SPEC.md: lang, asof, view, plain, a selected event), it stays hidden until
  // the app replaces it, so that no reader sees one page turn into another.
  var prefersChinese = (navigator.languages || []).map(function (l) { return l.toLowerCase().split("-")[0]; })
    .filter(function (l) { return l === "zh" || l === "en"; })[0] === "zh";
  if (has("lang=zh") || (has("lang=auto") && prefersChinese) || has("asof=[^&]+") ||
      has("view=(?:chart|timeline)") || has("plain=1") || has("event=[^&]+") ||
      /(?:^#|&)event=/.test(location.hash) || /parentUrl=[^&]*(?:#|%23)event(?:=|%3D)/i.test(query)) {
    root.setAttribute("data-prerender", "hidden");
  }
  // A fixed theme is the page's at once, as the app will set it.
  var theme = /(?:^\?|&)theme=(dark|light)(?:&|$)/.exec(query);
  if (theme) root.setAttribute("data-theme", theme[1]);

  function failed() {
    root.removeAttribute("data-prerender");
    // Both languages: the app, which picks one, has not started.
    status("The interactive graphic could not start in this browser. 互动图表无法在此浏览器中启动。");
  }
  var files;
  try {
    files = JSON.parse(document.getElementById("app-files").textContent);
  } catch (e) {
    whenReady(failed);
    return;
  }
  if (typeof WebAssembly !== "object" || typeof Promise !== "function") {
    whenReady(failed);
    return;
  }
  window.addEventListener("error", failed, true);
  var started = false;
  function start() {
    if (started) return;
    started = true;
    // Both downloads at once, in parallel. The WebAssembly is compiled from the whole file,
    // off the main thread: compiling while it streams in decodes it on the main thread, in
    // one long task when it arrives at once.
    var wasm = fetch(files.wasm)
      .then(function (response) {
        if (!response.ok) throw new Error(files.wasm + ": " + response.status);
        return response.arrayBuffer();
      })
      .then(function (bytes) { return WebAssembly.compile(bytes); });
    // Its failure is handled below, once the app's JavaScript asks for it.
    wasm["catch"](function () {});
    import(files.js)
      .then(function (app) { return app["default"]({ module_or_path: wasm }); })
      .then(function () { window.removeEventListener("error", failed, true); })
      .catch(failed);
  }
  // Once the pre-rendered page has painted (the task after the frame that shows it): the
  // downloads do not compete with the page for the network first. Where no frame is drawn
  // (a hidden tab or frame), a little later anyway.
  whenReady(function () {
    requestAnimationFrame(function () { setTimeout(start); });
    setTimeout(start, 100);
  });
})();
