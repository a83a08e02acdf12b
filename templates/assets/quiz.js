/*
 * Quiz grading in the browser, offline. The page stays usable without this file.
 * A numeric answer is graded by the build's own rule (check/LearnerAnswer.java): the entry is read
 * as the build reads a written number, and it is right iff its exact decimal value lies in the
 * interval the build wrote into data-accept; decimals are compared exactly with BigInt, never as floats.
 */
(function () {
  "use strict";

  // Java's String.strip(): Character.isWhitespace at both ends (not the no-break spaces).
  var WS = "\t\n\u000B\f\r\u001C\u001D\u001E\u001F \u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2008\u2009\u200A\u2028\u2029\u205F\u3000";
  function strip(s) {
    var a = 0, b = s.length;
    while (a < b && WS.indexOf(s.charAt(a)) >= 0) a++;
    while (b > a && WS.indexOf(s.charAt(b - 1)) >= 0) b--;
    return s.substring(a, b);
  }

  var NUMERAL = /^-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d{1,3})?$/;
  var DECIMAL = /^(-?)(\d*)(?:\.(\d*))?(?:[eE]([-+]?\d+))?$/;

  /** An exact decimal { m: BigInt, e: exponent } from digits such as "-1.46e-2"; null if not one. */
  function decimal(t) {
    var g = DECIMAL.exec(t);
    if (!g || (g[2] + (g[3] || "")) === "") return null;
    var frac = g[3] || "";
    var m = BigInt(g[2] + frac);
    return { m: g[1] ? -m : m, e: (g[4] ? parseInt(g[4], 10) : 0) - frac.length };
  }

  /** A learner's entry read exactly like StatedComparison.numeral: null when it is not a number. */
  function numeral(text) {
    var t = strip(String(text)).split("\u2212").join("-");
    if (t.charAt(0) === "+") t = t.substring(1);
    if (!NUMERAL.test(t) || t.length > 60) return null;
    return decimal(t);
  }

  function compare(a, b) {
    var e = Math.min(a.e, b.e);
    var x = a.m * (BigInt(10) ** BigInt(a.e - e)), y = b.m * (BigInt(10) ** BigInt(b.e - e));
    return x < y ? -1 : x > y ? 1 : 0;
  }

  /** "[0.01455,0.01465)" as written by LearnerAnswer.attribute. */
  function interval(text) {
    var g = /^([[(])([^,]+),([^,]+)([\])])$/.exec(text || "");
    if (!g) return null;
    var lo = decimal(g[2].replace("E", "e")), hi = decimal(g[3].replace("E", "e"));
    return lo && hi ? { lo: lo, loIn: g[1] === "[", hi: hi, hiIn: g[4] === "]" } : null;
  }

  /** "right", "wrong" or "unreadable", exactly as LearnerAnswer.judge. */
  function judge(typed, accept) {
    var v = numeral(typed), iv = typeof accept === "string" ? interval(accept) : accept;
    if (v === null) return "unreadable";
    var lo = compare(v, iv.lo), hi = compare(v, iv.hi);
    return (lo > 0 || (iv.loIn && lo === 0)) && (hi < 0 || (iv.hiIn && hi === 0)) ? "right" : "wrong";
  }

  /**
   * What a numeric entry earns, exactly as LearnerAnswer.feedback: "right", "unreadable", the index of the first
   * misconception whose interval holds it, or "wrong".
   */
  function feedback(typed, accept, misconceptions) {
    var verdict = judge(typed, accept);
    if (verdict !== "wrong") return verdict;
    for (var i = 0; i < misconceptions.length; i++) if (judge(typed, misconceptions[i]) === "right") return i;
    return "wrong";
  }

  window.coursewareQuiz = { judge: judge, feedback: feedback };

  var quiz = document.getElementById("quiz");
  if (!quiz) return;
  var key = "courseware:quiz:" + quiz.getAttribute("data-lesson");
  var questions = Array.prototype.slice.call(quiz.querySelectorAll(".question"));
  var saved = load();

  function load() {
    try { return JSON.parse(window.localStorage.getItem(key)) || {}; } catch (e) { return {}; }
  }
  function save() {
    try { window.localStorage.setItem(key, JSON.stringify(saved)); } catch (e) { /* storage off: no memory */ }
  }

  var MESSAGES = {
    right: "Correct.",
    wrong: "Not quite. Try again, or open \u201cShow the answer\u201d.",
    unreadable: "That is not a number this quiz can read. Write it like 0.0146 or 1.46e-2.",
    misconception: "Not quite, and this is a known slip:",
    none: "Choose an answer first."
  };

  function inputs(q) { return Array.prototype.slice.call(q.querySelectorAll("fieldset input")); }
  function notes(q) { return Array.prototype.slice.call(q.querySelectorAll(".misconception")); }

  function grade(q) {
    var kind = q.getAttribute("data-kind");
    if (kind === "numeric") {
      var text = inputs(q)[0].value;
      if (strip(text) === "") return { verdict: "none", answer: text };
      var got = feedback(text, q.getAttribute("data-accept"), notes(q).map(function (n) { return n.getAttribute("data-accept"); }));
      return typeof got === "number" ? { verdict: "wrong", answer: text, misconception: got } : { verdict: got, answer: text };
    }
    var chosen = inputs(q).filter(function (i) { return i.checked; });
    if (chosen.length === 0) return { verdict: "none", answer: [] };
    var right = inputs(q).every(function (i) { return i.checked === i.hasAttribute("data-correct"); });
    return { verdict: right ? "right" : "wrong", answer: chosen.map(function (i) { return i.value; }) };
  }

  function show(q, result) {
    var verdict = q.querySelector(".quiz-verdict");
    var slip = typeof result.misconception === "number";
    verdict.className = "quiz-verdict " + result.verdict;
    verdict.textContent = MESSAGES[slip ? "misconception" : result.verdict];
    notes(q).forEach(function (n, i) { n.hidden = !(slip && result.misconception === i); });
    inputs(q).forEach(function (i) {
      var note = i.parentNode.querySelector(".option-note");
      if (note) note.hidden = !(result.verdict !== "none" && i.checked);
    });
    q.querySelector(".quiz-retry").hidden = result.verdict !== "wrong" && result.verdict !== "right";
  }

  function check(q) {
    var result = grade(q);
    show(q, result);
    if (result.verdict === "right" || result.verdict === "wrong") {
      saved[q.id] = result;
      save();
    }
    score();
  }

  function clear(q) {
    inputs(q).forEach(function (i) { if (i.type === "text") i.value = ""; else i.checked = false; });
    show(q, { verdict: "none" });
    q.querySelector(".quiz-verdict").textContent = "";
    q.querySelector(".quiz-retry").hidden = true;
    delete saved[q.id];
  }

  /** Over the questions shown: a varying question counts once, in the variant the learner sees (kept per variant). */
  function score() {
    var shown = questions.filter(function (q) { return !q.hidden; });
    var right = shown.filter(function (q) { return saved[q.id] && saved[q.id].verdict === "right"; }).length;
    var tried = shown.filter(function (q) { return saved[q.id]; }).length;
    quiz.querySelector(".quiz-score").textContent =
        "Score: " + right + " of " + shown.length + " correct" + (tried ? " (" + tried + " answered)" : "");
  }

  // A numeric question without one interval (a vector answer) keeps its no-JavaScript form: "Show the answer".
  questions = questions.filter(function (q) {
    return q.getAttribute("data-kind") !== "numeric" || interval(q.getAttribute("data-accept")) !== null;
  });

  questions.forEach(function (q) {
    q.querySelector(".quiz-actions").hidden = false;
    q.querySelector(".quiz-check").addEventListener("click", function () { check(q); });
    q.querySelector(".quiz-retry").addEventListener("click", function () {
      clear(q);
      save();
      score();
      inputs(q)[0].focus();
    });
    inputs(q).forEach(function (i) {
      // Enter checks the answer; there is no form to submit, so the page never reloads.
      i.addEventListener("keydown", function (e) {
        if (e.key === "Enter") { e.preventDefault(); check(q); }
      });
    });
    var before = saved[q.id];
    if (before) {
      inputs(q).forEach(function (i) {
        if (i.type === "text") i.value = before.answer;
        else i.checked = before.answer.indexOf(i.value) >= 0;
      });
      var result = grade(q);
      show(q, result);
      q.querySelector(".quiz-verdict").setAttribute("data-restored", "");
    }
  });

  quiz.addEventListener("courseware:variant", score);
  quiz.querySelector(".quiz-bar").hidden = false;
  quiz.querySelector(".quiz-reset").addEventListener("click", function () {
    questions.forEach(clear);
    saved = {};
    try { window.localStorage.removeItem(key); } catch (e) { /* nothing kept */ }
    score();
  });
  score();
})();
