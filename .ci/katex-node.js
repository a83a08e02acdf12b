// Typesets the expressions of a JSON-lines file (from courseware.testing.MathRequests) with Node's KaTeX, with the
// options courseware uses (math.KatexRenderer.OPTIONS) and the course's macros, given afresh to each expression as
// KaTeX in courseware gets them, and prints how many and how long. Part of .ci/bench-scale.
'use strict';
const fs = require('fs');
const katex = require(process.argv[2]);
const lines = fs.readFileSync(process.argv[3], 'utf8').split('\n').filter(l => l.length > 0).map(l => JSON.parse(l));
const base = { output: 'htmlAndMathml', throwOnError: true, trust: () => false, strict: 'ignore', maxExpand: 1000, maxSize: 50 };
const inline = Object.assign({}, base, { displayMode: false });
const display = Object.assign({}, base, { displayMode: true });
const start = process.hrtime.bigint();
let failed = 0, bytes = 0;
for (const e of lines) {
  const options = e.display ? display : inline;
  try {
    bytes += katex.renderToString(e.tex, e.macros ? Object.assign({}, options, { macros: JSON.parse(e.macros) }) : options).length;
  } catch (err) { failed++; }
}
const ms = Number(process.hrtime.bigint() - start) / 1e6;
console.log(JSON.stringify({ expressions: lines.length, failed, ms, chars: bytes }));
