// What a learner's first search loads and waits for, on a site's sharded index (search/, see render.SearchIndex.files):
// in Node's V8, the head and the scripts the page loads for one query (term shards, then the stored-field shards of
// the ten results shown), the index assets/search.js assembles, MiniSearch.loadJS and the search; bytes are the
// index's scripts the query loads (MiniSearch, 18 KB, and search.js, 5 KB, come on top, once).
// In Chromium: courseware.browser.SearchLoadBenchmark (docs/benchmarks.md).
// Usage: node .ci/search-load.js <site dir> [query]   (figures in docs/benchmarks.md, "Search index")
const fs = require("fs");
const path = require("path");
const vm = require("vm");
const [site, query = "gradient"] = process.argv.slice(2);
const total = fs.readdirSync(path.join(site, "search")).reduce((n, f) => n + fs.statSync(path.join(site, "search", f)).size, 0);
const ms = (a, b) => (Number(b - a) / 1e6).toFixed(0);

{
  const context = vm.createContext({});
  const window = context.window = context; // scripts assign to window, MiniSearch's UMD build to the global object
  const run = file => { const s = fs.readFileSync(path.join(site, file), "utf8"); vm.runInContext(s, context); return s.length; };
  run("assets/vendor/minisearch-7.2.0.min.js");
  run("assets/search.js");
  const t0 = process.hrtime.bigint();
  let bytes = run("search/head.js");
  const head = window.CW_SEARCH_HEAD, parts = window.CW_SEARCH_PARTS = window.CW_SEARCH_PARTS || {};
  const t1 = process.hrtime.bigint();
  const needed = window.CWSearch.termShards(head, query);
  for (const k of needed) bytes += run(`search/t${k}.js`);
  const t2 = process.hrtime.bigint();
  const engine = window.MiniSearch.loadJS(window.CWSearch.assemble(head, parts, needed), head.options);
  const t3 = process.hrtime.bigint();
  const hits = engine.search(query);
  const shown = hits.slice(0, 10);
  const docs = window.CWSearch.docShards(head, shown);
  for (const k of docs) bytes += run(`search/d${k}.js`);
  shown.forEach(r => Object.assign(r, window.CWSearch.stored(head, parts, r.id)));
  const t4 = process.hrtime.bigint();
  console.log(`"${query}": loads ${bytes} of ${total} index bytes (head, ${needed.length} term shards, ${docs.length} stored-field ` +
    `shards); head ${ms(t0, t1)} ms, shards ${ms(t1, t2)} ms, assemble+loadJS ${ms(t2, t3)} ms, search+stored ${ms(t3, t4)} ms, ` +
    `total ${ms(t0, t4)} ms (${hits.length} hits); node ${process.version}`);
}
