/* courseware reading aids: theme toggle, phone menu, solutions opened for print and for links
   into them, and search. Pages read fine without it; search and the toggle only appear with it. */
(function () {
  "use strict";
  var doc = document.documentElement;
  var root = document.body.getAttribute("data-root") || "";

  /* Theme: follows the system until chosen; the choice is remembered (localStorage). */
  var toggle = document.getElementById("theme-toggle");
  function dark() {
    var t = doc.getAttribute("data-theme");
    return t ? t === "dark" : window.matchMedia("(prefers-color-scheme: dark)").matches;
  }
  function label() {
    toggle.textContent = dark() ? "Light theme" : "Dark theme";
    toggle.setAttribute("aria-pressed", String(dark()));
  }
  if (toggle) {
    toggle.hidden = false;
    label();
    toggle.addEventListener("click", function () {
      var t = dark() ? "light" : "dark";
      doc.setAttribute("data-theme", t);
      try { localStorage.setItem("cw-theme", t); } catch (e) { /* private mode: not remembered */ }
      label();
    });
  }

  /* Course menu: open beside the text on wide screens, a menu to open on phones. */
  var menu = document.querySelector(".sidebar-menu");
  var wide = window.matchMedia("(min-width: 64rem)");
  function fit() { if (menu) menu.open = wide.matches; }
  fit();
  if (wide.addEventListener) wide.addEventListener("change", fit);

  /* A link to something inside a closed solution opens it. */
  function reveal() {
    var id = decodeURIComponent(location.hash.slice(1));
    var el = id && document.getElementById(id);
    for (var p = el; p; p = p.parentElement) if (p.tagName === "DETAILS") p.open = true;
  }
  window.addEventListener("hashchange", reveal);
  reveal();

  /* A display equation wider than the column scrolls sideways; such a one becomes a tab stop, so the keyboard can
     scroll it too, while one that fits stays out of the tab order. Checked again when fonts arrive, the window
     changes size or a solution opens (an equation in a closed one has no width yet). */
  function scrollable() {
    Array.prototype.forEach.call(document.querySelectorAll(".katex-display"), function (m) {
      if (m.scrollWidth > m.clientWidth + 1) {
        m.tabIndex = 0;
        m.setAttribute("role", "group");
        m.setAttribute("aria-label", "Equation, scrolls sideways");
      } else if (m.hasAttribute("tabindex")) {
        m.removeAttribute("tabindex");
        m.removeAttribute("role");
        m.removeAttribute("aria-label");
      }
    });
  }
  scrollable();
  window.addEventListener("resize", scrollable);
  document.addEventListener("toggle", scrollable, true);
  if (document.fonts && document.fonts.ready) document.fonts.ready.then(scrollable);

  /* Print: every solution and answer open; put back as it was afterwards. */
  var closed = [];
  window.addEventListener("beforeprint", function () {
    closed = Array.prototype.filter.call(document.querySelectorAll("main details"), function (d) { return !d.open; });
    closed.forEach(function (d) { d.open = true; });
  });
  window.addEventListener("afterprint", function () {
    closed.forEach(function (d) { d.open = false; });
    closed = [];
  });

  /* Search: MiniSearch, assets/search.js and the head of the index the build made, loaded as scripts on first use
     (works from file://); then, per query, only the shards of the terms it can reach and of the results shown. */
  var box = document.getElementById("site-search");
  var input = document.getElementById("search-input");
  var list = document.getElementById("search-results");
  var status = document.getElementById("search-status");
  if (!box || !input || !list) return;
  box.hidden = false;
  var head = null, loading = null, engine = null, engineFor = null, scripts = {};
  var parts = window.CW_SEARCH_PARTS = window.CW_SEARCH_PARTS || {};
  function load(src) {
    if (!scripts[src]) {
      scripts[src] = new Promise(function (ok, fail) {
        var s = document.createElement("script");
        s.src = root + src;
        s.onload = ok;
        s.onerror = function () { delete scripts[src]; fail(new Error("cannot load " + src)); };
        document.head.appendChild(s);
      });
    }
    return scripts[src];
  }
  function ready() {
    if (!loading) {
      loading = Promise.all([load("assets/vendor/minisearch-7.2.0.min.js"), load("assets/search.js"), load("search/head.js")])
        .then(function () { head = window.CW_SEARCH_HEAD; }); // the corpus-wide part, with the options it was made for
    }
    return loading;
  }
  function shards(names) { return Promise.all(names.map(function (n) { return load("search/" + n + ".js"); })); }
  function find(q) {
    var needed = window.CWSearch.termShards(head, q);
    return shards(needed.map(function (k) { return "t" + k; })).then(function () {
      var key = needed.join(",");
      if (engineFor !== key) { // an index of exactly these shards' terms: MiniSearch's scores, from the head's figures
        engine = window.MiniSearch.loadJS(window.CWSearch.assemble(head, parts, needed), head.options);
        engineFor = key;
      }
      var results = engine.search(q), shown = results.slice(0, 10);
      return shards(window.CWSearch.docShards(head, shown).map(function (k) { return "d" + k; })).then(function () {
        shown.forEach(function (r) { Object.assign(r, window.CWSearch.stored(head, parts, r.id)); });
        return results;
      });
    });
  }
  function show(results) {
    list.textContent = "";
    results.slice(0, 10).forEach(function (r, i) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = root + r.href;
      a.id = "search-result-" + i;
      var s = document.createElement("span");
      s.className = "search-section";
      s.textContent = r.section;
      var l = document.createElement("span");
      l.className = "search-lesson";
      l.textContent = r.lesson;
      a.appendChild(s);
      a.appendChild(l);
      li.appendChild(a);
      list.appendChild(li);
    });
    list.hidden = input.value.trim() === "";
    status.textContent = input.value.trim() === "" ? "" : results.length === 0 ? "No results"
      : Math.min(results.length, 10) + " results";
    if (!list.hidden && results.length === 0) {
      var li = document.createElement("li");
      li.className = "search-empty";
      li.textContent = "No results";
      list.appendChild(li);
    }
  }
  function run() {
    var q = input.value.trim();
    if (!q) { show([]); return; }
    function failed() { status.textContent = "Search could not load"; }
    function current() { return input.value.trim() === q; }
    ready().then(function () {
      if (!current()) return;
      // A query that needs shards not loaded yet waits for typing to pause, so "g" on the way to "gradient" loads nothing.
      var missing = window.CWSearch.termShards(head, q).some(function (k) { return !parts["t" + k]; });
      setTimeout(function () {
        if (current()) find(q).then(function (results) { if (current()) show(results); }, failed);
      }, missing ? 60 : 0);
    }, failed);
  }
  input.addEventListener("focus", function () { ready(); });
  input.addEventListener("input", run);
  input.addEventListener("keydown", function (e) {
    var links = list.querySelectorAll("a");
    if (e.key === "ArrowDown" && links.length) {
      e.preventDefault();
      links[0].focus();
    } else if (e.key === "Enter" && links.length) {
      e.preventDefault();
      links[0].click();
    } else if (e.key === "Escape") {
      input.value = "";
      show([]);
    }
  });
  list.addEventListener("keydown", function (e) {
    var links = Array.prototype.slice.call(list.querySelectorAll("a"));
    var i = links.indexOf(document.activeElement);
    if (e.key === "ArrowDown" && i < links.length - 1) { e.preventDefault(); links[i + 1].focus(); }
    else if (e.key === "ArrowUp") { e.preventDefault(); (i > 0 ? links[i - 1] : input).focus(); }
    else if (e.key === "Escape") { input.focus(); input.value = ""; show([]); }
  });
  list.addEventListener("click", function (e) {
    if (e.target.closest && e.target.closest("a")) { list.hidden = true; setTimeout(reveal, 0); }
  });
  document.addEventListener("click", function (e) { if (!box.contains(e.target)) list.hidden = true; });
  document.addEventListener("keydown", function (e) {
    var t = e.target, tag = t && t.tagName;
    if (e.key !== "/" || e.ctrlKey || e.metaKey || e.altKey) return;
    if (tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || (t && t.isContentEditable)) return;
    e.preventDefault();
    input.focus();
  });
})();
