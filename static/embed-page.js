// The embed page: builds the graphic's URL from the options, shows the snippet of the
// chosen kind (as text, never as HTML), copies it, and points the previews at the URL.
(function () {
  "use strict";
  var TITLE = "The US–China tariff war, step by step";
  var base = new URL("./", location.href).href;
  var form = document.getElementById("options");
  var snippet = document.getElementById("snippet");
  var note = document.getElementById("kind-note");
  var copyStatus = document.getElementById("copy-status");
  var previews = document.querySelectorAll("iframe[data-tariff-timeline]");

  var NOTES = {
    script: "Sizes the frame to the graphic and keeps the selected event in your article’s URL, so a shared link reopens it.",
    iframe: "Works anywhere, without a script; the frame keeps the height you give it.",
    pym: "For pages that already load Pym.js: its parent script sizes the frame.",
    amp: "For AMP pages: amp-iframe resizes to the graphic; the build’s fallback image shows until it loads.",
  };

  function graphicUrl() {
    var params = new URLSearchParams();
    var f = form.elements;
    if (f.lang.value !== "en") params.set("lang", f.lang.value);
    if (f.theme.value !== "auto") params.set("theme", f.theme.value);
    if (f.view.value !== "both") params.set("view", f.view.value);
    if (/^\d{4}-\d{2}-\d{2}$/.test(f.asof.value)) params.set("asof", f.asof.value);
    if (f.plain.checked) params.set("plain", "1");
    var query = params.toString();
    return base + (query ? "?" + query : "");
  }

  function attr(s) {
    return s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
  }

  function snippetFor(kind, url) {
    var src = attr(url), title = attr(TITLE);
    switch (kind) {
      case "iframe":
        return '<iframe src="' + src + '" title="' + title + '" width="100%" height="1800" style="border:0;width:100%" loading="lazy"' +
          ' sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"></iframe>';
      case "pym":
        return '<div id="tariff-timeline"></div>\n' +
          '<script src="https://pym.nprapps.org/pym.v1.min.js"></script>\n' +
          '<script>new pym.Parent("tariff-timeline", "' + url.replace(/["\\<]/g, encodeURIComponent) + '", { title: "' + TITLE + '" });</script>';
      case "amp":
        return '<amp-iframe src="' + src + '" title="' + title + '" width="375" height="1800" layout="responsive" resizable\n' +
          '    sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox" frameborder="0">\n' +
          '  <button overflow type="button">Show the whole graphic</button>\n' +
          '  <amp-img placeholder layout="fill" src="' + attr(base) + 'fallback.png" alt="' + title + '"></amp-img>\n' +
          "</amp-iframe>";
      default:
        return '<iframe data-tariff-timeline src="' + src + '" title="' + title + '" style="width:100%;height:1800px;border:0" loading="lazy"\n' +
          '    sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"></iframe>\n' +
          '<script src="' + attr(base) + 'embed.js" async></script>';
    }
  }

  function update() {
    var url = graphicUrl();
    var kind = document.querySelector('input[name="kind"]:checked').value;
    snippet.value = snippetFor(kind, url);
    note.textContent = NOTES[kind];
    copyStatus.textContent = "";
    for (var i = 0; i < previews.length; i++) if (previews[i].src !== url) previews[i].src = url;
  }

  document.getElementById("copy").addEventListener("click", function () {
    function copied() { copyStatus.textContent = "Copied."; }
    function fallback() {
      snippet.select();
      copyStatus.textContent = document.execCommand && document.execCommand("copy") ? "Copied." : "Press Ctrl+C (⌘C) to copy.";
    }
    if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(snippet.value).then(copied, fallback);
    else fallback();
  });
  // The options and the kind of snippet.
  document.addEventListener("change", update);
  update();
})();
