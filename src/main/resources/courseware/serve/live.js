// Added to pages by `courseware serve` only (never written into site/): reloads the page after a
// good build and shows the build's problems over the page after a failed one.
(function () {
  var overlay = null;
  function show(text) {
    if (!overlay) {
      overlay = document.createElement('div');
      overlay.id = 'courseware-problems';
      overlay.setAttribute('role', 'alert');
      overlay.style.cssText = 'position:fixed;inset:0;z-index:2147483647;overflow:auto;margin:0;padding:1.5rem;' +
        'background:rgba(20,20,20,.94);color:#f5f5f5;font:14px/1.45 ui-monospace,Menlo,Consolas,monospace;white-space:pre-wrap';
      document.body.appendChild(overlay);
    }
    overlay.textContent = 'The build failed; the page shows the last good build. Fix these and save:\n\n' + text;
  }
  var source = new EventSource('/__courseware/events');
  source.addEventListener('reload', function () { location.reload(); });
  source.addEventListener('problems', function (e) { show(e.data); });
})();
