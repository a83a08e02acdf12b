/* courseware search over the sharded index the build made (render.SearchIndex.files): which shards a query needs,
   and the MiniSearch index (serialized form, version 2) assembled from them for MiniSearch.loadJS. The shards hold
   whole postings of whole terms and the head the corpus-wide figures, so every score is the one the whole index
   gives; a query only has to load the shards of every term it can reach. Loaded with MiniSearch on first search. */
(function () {
  "use strict";
  var SPLIT = /[\n\r\p{Z}\p{P}]+/u; // MiniSearch's default tokenizer, which the index was made with
  var LAST = "0123456789abcdefghijklmnopqrstuv", MORE = "ABCDEFGHIJKLMNOPQRSTUVWXYZ@$%&*+";
  var DIGIT = {};
  for (var i = 0; i < 32; i++) { DIGIT[LAST.charCodeAt(i)] = i; DIGIT[MORE.charCodeAt(i)] = 32 + i; }

  /** The compact numbers of a string (MiniSearchIndex.compact). */
  function numbers(s) {
    var out = [], v = 0;
    for (var i = 0; i < s.length; i++) {
      var d = DIGIT[s.charCodeAt(i)];
      if (d < 32) { out.push(v * 32 + d); v = 0; } else v = v * 32 + d - 32;
    }
    return out;
  }

  /** The first index whose element is not below x, in a sorted array. */
  function lowerBound(a, x) {
    var lo = 0, hi = a.length;
    while (lo < hi) { var mid = (lo + hi) >>> 1; if (a[mid] < x) lo = mid + 1; else hi = mid; }
    return lo;
  }

  /** Whether the Levenshtein distance of a and b (in UTF-16 units, as MiniSearch counts) is at most d. */
  function within(a, b, d) {
    if (Math.abs(a.length - b.length) > d) return false;
    var prev = [], cur;
    for (var j = 0; j <= b.length; j++) prev.push(j);
    for (var i = 1; i <= a.length; i++) {
      cur = [i];
      var least = i;
      for (j = 1; j <= b.length; j++) {
        var v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1));
        cur.push(v);
        if (v < least) least = v;
      }
      if (least > d) return false;
      prev = cur;
    }
    return prev[b.length] <= d;
  }

  /** The term shards a query needs: those of every indexed term MiniSearch can reach from the query's terms with the
      head's search options (the term itself, the terms it is a prefix of, those within its fuzzy distance). */
  function termShards(head, query) {
    var o = head.options.searchOptions, terms = head.terms, reached = {};
    query.split(SPLIT).map(function (t) { return t.toLowerCase(); }).filter(Boolean).forEach(function (q) {
      var k = lowerBound(terms, q);
      if (terms[k] === q) reached[k] = true;
      if (o.prefix) for (; k < terms.length && terms[k].lastIndexOf(q, 0) === 0; k++) reached[k] = true;
      var f = o.fuzzy === true ? 0.2 : o.fuzzy || 0, max = o.maxFuzzy == null ? 6 : o.maxFuzzy; // as MiniSearch reads them
      var d = f < 1 ? Math.min(max, Math.round(q.length * f)) : f;
      if (d) for (k = 0; k < terms.length; k++) if (!reached[k] && within(q, terms[k], d)) reached[k] = true;
    });
    var shards = {};
    Object.keys(reached).forEach(function (k) { shards[lowerBound(head.shardStarts, Number(k) + 1) - 1] = true; });
    return Object.keys(shards).map(Number).sort(function (a, b) { return a - b; });
  }

  /** The index MiniSearch.loadJS takes, holding the terms of these loaded shards (parts.t<k>) and the documents they
      occur in; counts and lengths from the head. Stored fields are left out: see stored. */
  function assemble(head, parts, shards) {
    if (!head.lengths) head.lengths = numbers(head.fieldLength);
    var fields = head.averageFieldLength.length, index = [], docs = {};
    shards.forEach(function (k) {
      parts["t" + k].forEach(function (entry) {
        var data = {};
        Object.keys(entry[1]).forEach(function (f) {
          var xs = numbers(entry[1][f]), postings = {}, doc = -1;
          for (var p = 0; p < xs.length;) {
            var v = xs[p++], c = v % 4;
            doc += (v - c) / 4;
            postings[doc] = c < 3 ? c + 1 : 4 + xs[p++];
            docs[doc] = true;
          }
          data[f] = postings;
        });
        index.push([entry[0], data]);
      });
    });
    var documentIds = {}, fieldLength = {};
    Object.keys(docs).forEach(function (d) {
      documentIds[d] = Number(d);
      fieldLength[d] = head.lengths.slice(d * fields, d * fields + fields);
    });
    return {
      documentCount: head.documentCount, nextId: head.documentCount, documentIds: documentIds, fieldIds: head.fieldIds,
      fieldLength: fieldLength, averageFieldLength: head.averageFieldLength, storedFields: {}, dirtCount: 0,
      index: index, serializationVersion: 2
    };
  }

  /** The stored-field shards (parts.d<k>) these results need. */
  function docShards(head, results) {
    var shards = {};
    results.forEach(function (r) { shards[Math.floor(r.id / head.docsPerShard)] = true; });
    return Object.keys(shards).map(Number);
  }

  /** A document's stored fields, from its loaded shard, as MiniSearch would have put them on its result. */
  function stored(head, parts, id) {
    var values = parts["d" + Math.floor(id / head.docsPerShard)][id % head.docsPerShard], out = {};
    head.options.storeFields.forEach(function (f, i) { out[f] = values[i]; });
    return out;
  }

  window.CWSearch = { termShards: termShards, assemble: assemble, docShards: docShards, stored: stored };
})();
