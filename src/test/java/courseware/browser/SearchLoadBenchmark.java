package courseware.browser;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Prints what a learner's first search waits for in Chromium, from file://: the page's own code ({@code assets/nav.js})
 * on a folder holding a site's search scripts (as {@code SearchIndexBenchmark} writes them), one query typed at once
 * (one input event) in a fresh page, until its results are shown; and the index scripts it loaded, with their bytes.
 * Not a test: figures, never assertions. Usage: {@code SearchLoadBenchmark <site dir> <query>...}
 */
public final class SearchLoadBenchmark {
    private SearchLoadBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path site = Path.of(args[0]).toAbsolutePath();
        Files.writeString(site.resolve("search-bench.html"), """
                <!doctype html><html><head><meta charset="utf-8"></head><body data-root="">
                <div id="site-search" hidden><input id="search-input"><p id="search-status"></p><ul id="search-results" hidden></ul></div>
                <script src="assets/nav.js"></script></body></html>
                """, StandardCharsets.UTF_8);
        try (Browser browser = Browser.start()) {
            for (String query : List.of(args).subList(1, args.length)) {
                browser.open(site.resolve("search-bench.html").toUri().toString());
                browser.js("window.t0 = performance.now(); window.shownAt = 0; var list = document.getElementById('search-results');"
                        + " new MutationObserver(function () { if (!window.shownAt && list.querySelector('a')) window.shownAt = performance.now(); })"
                        + ".observe(list, {childList: true}); var q = document.getElementById('search-input'); q.value = arguments[0];"
                        + " q.dispatchEvent(new Event('input'));", query);
                browser.await("results for " + query, () -> (Boolean) browser.js("return window.shownAt > 0;"));
                double ms = ((Number) browser.js("return window.shownAt - window.t0;")).doubleValue();
                List<String> scripts = browser.js("return Array.prototype.map.call(document.querySelectorAll('script[src]'),"
                        + " function (s) { return s.getAttribute('src'); }).filter(function (s) { return /^search\\//.test(s); });");
                long bytes = 0;
                for (String s : scripts) bytes += Files.size(site.resolve(s));
                System.out.printf("\"%s\" in Chromium: results shown %.0f ms after the query (60 ms of it the page's wait for typing"
                        + " to pause), %d index scripts, %,d bytes%n", query, ms, scripts.size(), bytes);
            }
        }
    }
}
