/*
 * Variants: every learner gets their own numbers. A varying item holds a copy per variant (data-variant="i", each
 * checked by the build); this script shows one of them: the one the learner last asked for with "New numbers", else
 * one picked from the learner's seed, a random number kept in localStorage. Without JavaScript, and in print
 * (style.css), variant 0, the author's own values, is shown.
 */
(function () {
  "use strict";
  var items = Array.prototype.slice.call(document.querySelectorAll(".variants"));
  if (items.length === 0) return;
  var article = document.querySelector("article.lesson");
  var lesson = article ? article.id : "";

  function get(key) {
    try { return window.localStorage.getItem(key); } catch (e) { return null; }
  }
  function set(key, value) {
    try { window.localStorage.setItem(key, value); } catch (e) { /* storage off: numbers are picked again next time */ }
  }

  var seed = get("courseware:seed");
  if (!/^[0-9]{1,10}$/.test(seed || "")) {
    seed = String(window.crypto.getRandomValues(new Uint32Array(1))[0]);
    set("courseware:seed", seed);
  }

  /** FNV-1a of the seed, lesson and item: a learner keeps their numbers, and each item draws its own. */
  function pick(item, count) {
    var text = seed + "|" + lesson + "|" + item, hash = 0x811c9dc5;
    for (var i = 0; i < text.length; i++) {
      hash ^= text.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    return hash % count;
  }

  function copies(wrapper) {
    return Array.prototype.slice.call(wrapper.children).filter(function (c) { return c.hasAttribute("data-variant"); });
  }

  function show(wrapper, index) {
    var all = copies(wrapper);
    all.forEach(function (c) { c.hidden = Number(c.getAttribute("data-variant")) !== index; });
    wrapper.setAttribute("data-shown", String(index));
    wrapper.querySelector(".variant-label").textContent = "Numbers " + (index + 1) + " of " + all.length;
  }

  items.forEach(function (wrapper) {
    var count = copies(wrapper).length;
    var key = "courseware:variant:" + lesson + ":" + wrapper.id;
    var kept = get(key);
    var index = kept !== null && /^[0-9]+$/.test(kept) && Number(kept) < count ? Number(kept) : pick(wrapper.id, count);
    show(wrapper, index);
    var bar = wrapper.querySelector(".variant-bar");
    bar.hidden = false;
    bar.querySelector(".new-numbers").addEventListener("click", function () {
      index = (index + 1) % count;
      set(key, String(index));
      show(wrapper, index);
      wrapper.dispatchEvent(new CustomEvent("courseware:variant", { bubbles: true }));
    });
  });
})();
