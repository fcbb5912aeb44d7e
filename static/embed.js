/*! tariff-timeline embed.js: sizes each <iframe data-tariff-timeline> to its content and
 * keeps the selected event in this page's URL (#event=<id>) so a shared link reopens it.
 * No dependencies; include it once, anywhere on the page, in an async script element. */
(function () {
  "use strict";
  if (window.tariffTimelineEmbed) return;
  window.tariffTimelineEmbed = true;
  var ID = /^[a-z0-9-]{1,80}$/;

  function hashEvent() {
    var m = /(?:^#|&)event=([^&]*)/.exec(location.hash);
    var id = m ? decodeURIComponent(m[1]) : "";
    return ID.test(id) ? id : "";
  }
  function frames() {
    return document.querySelectorAll("iframe[data-tariff-timeline]");
  }
  function frameOf(win) {
    var all = frames();
    for (var i = 0; i < all.length; i++) if (all[i].contentWindow === win) return all[i];
    return null;
  }
  // The page's own messages, as an object or as JSON text.
  function read(data) {
    if (typeof data === "string") {
      if (data.length > 2048 || data.charAt(0) !== "{") return null;
      try { data = JSON.parse(data); } catch (e) { return null; }
    }
    return data && data.source === "tariff-timeline" && data.version === 1 ? data : null;
  }
  function px(n) {
    return typeof n === "number" && n >= 0 && n < 1e6 ? Math.ceil(n) : -1;
  }

  // Pass the page's URL, and the event it names, to each graphic (once).
  function setUp() {
    var all = frames(), event = hashEvent();
    for (var i = 0; i < all.length; i++) {
      var f = all[i];
      if (f.getAttribute("data-tariff-timeline") === "ready" || !f.src) continue;
      f.setAttribute("data-tariff-timeline", "ready");
      var url = new URL(f.src, location.href);
      url.searchParams.set("parentUrl", location.href.split("#")[0]);
      if (event) url.hash = "event=" + event;
      f.src = url.href;
    }
  }

  window.addEventListener("message", function (e) {
    var frame = frameOf(e.source), msg = frame && read(e.data);
    if (!msg) return;
    if (msg.type === "height" && px(msg.height) >= 0) {
      frame.style.height = px(msg.height) + "px";
    } else if (msg.type === "select" && typeof msg.id === "string" && ID.test(msg.id) && px(msg.top) >= 0) {
      // Mirror the event into this page's URL, unless the page uses its hash for something else.
      if (!location.hash || hashEvent()) history.replaceState(history.state, "", "#event=" + msg.id);
      // Bring the event's card into view if it is not.
      var top = frame.getBoundingClientRect().top + px(msg.top);
      if (top < 0 || top > window.innerHeight - 80) window.scrollTo(0, window.pageYOffset + top - 16);
    }
  });
  // A link to another event of this page (back, forward, an in-page link) selects it.
  window.addEventListener("hashchange", function () {
    var id = hashEvent(), all = frames();
    if (!id) return;
    for (var i = 0; i < all.length; i++) {
      all[i].contentWindow.postMessage({ source: "tariff-timeline-host", version: 1, type: "select", id: id }, "*");
    }
  });

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", setUp);
  else setUp();
})();
