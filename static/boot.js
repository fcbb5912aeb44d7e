// Starts the interactive graphic, or, with `static=1`, leaves the page as its HTML holds it
// and loads no WebAssembly. If the app cannot start (blocked, old browser, failed
// download), it says so instead of leaving "Loading…" forever. An external file, not an
// inline script, so the page runs under a strict Content-Security-Policy.
(function () {
  "use strict";
  var isStatic = /(?:^\?|&)static=1(?:&|$)/.test(location.search);

  function status(text) {
    var el = document.querySelector(".fallback-status");
    if (!el) return;
    if (text) el.textContent = text;
    else el.hidden = true;
  }
  function whenReady(f) {
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", f);
    else f();
  }

  if (isStatic) {
    whenReady(function () {
      status("");
      // Shown at once: nothing is loading (style.css hides the fallback only while loading).
      var fallback = document.querySelector(".fallback");
      if (fallback) fallback.setAttribute("data-state", "static");
    });
    return;
  }

  // Only the fallback is touched: once the app has started, it is gone.
  function failed() {
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
  // Both downloads start now, in parallel.
  var wasm = fetch(files.wasm);
  import(files.js)
    .then(function (app) { return app["default"]({ module_or_path: wasm }); })
    .then(function () { window.removeEventListener("error", failed, true); })
    .catch(function () { whenReady(failed); });
})();
