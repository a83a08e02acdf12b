// What a learner's first search waits for, in Node's V8 as a stand-in for the browser: evaluating a built
// site's search-index.js, then MiniSearch.loadJS with the site's own MiniSearch, then one query.
// Usage: node .ci/search-load.js <site dir> [query]   (figures in docs/benchmarks.md, "Search index")
const fs = require("fs");
const path = require("path");
const vm = require("vm");
const [site, query = "gradient"] = process.argv.slice(2);
const vendor = fs.readdirSync(path.join(site, "assets/vendor")).find(f => /^minisearch-.*\.js$/.test(f));
const window = {};
vm.runInNewContext(fs.readFileSync(path.join(site, "assets/vendor", vendor), "utf8"), window);
const source = fs.readFileSync(path.join(site, "search-index.js"), "utf8");
const t0 = process.hrtime.bigint();
vm.runInNewContext(source, { window, JSON });
const t1 = process.hrtime.bigint();
const engine = window.MiniSearch.loadJS(window.CW_SEARCH.index, window.CW_SEARCH.options);
const t2 = process.hrtime.bigint();
const hits = engine.search(query);
const t3 = process.hrtime.bigint();
const ms = (a, b) => (Number(b - a) / 1e6).toFixed(0);
console.log(`${source.length} bytes: script ${ms(t0, t1)} ms, loadJS ${ms(t1, t2)} ms, "${query}" ${ms(t2, t3)} ms ` +
  `(${hits.length} hits); heap ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB; node ${process.version}`);
