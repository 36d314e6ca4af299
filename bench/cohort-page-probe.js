// Injected into the facilitator page before its scripts (Playwright `addInitScript`) by
// bench/cohort-page.ts. The app sets no performance marks, so this stamps performance.now()
// from outside: capture listeners see the file input's change and the Dashboard click before
// the app does, a wrapped Blob#text() sees the last file read, a MutationObserver sees each
// DOM state the app reaches, and a frame callback after the last change stands for "painted".
// Long tasks show how long the main thread was blocked. Plain JavaScript: it is sent as text.
(() => {
  const marks = {};
  const longTasks = [];
  let watcher = null;
  let pending = null;

  const keepLongTasks = (entries) => {
    for (const entry of entries)
      longTasks.push({ start: entry.startTime, duration: entry.duration });
  };
  const longTaskObserver = new PerformanceObserver((list) => keepLongTasks(list.getEntries()));
  longTaskObserver.observe({ type: 'longtask', buffered: true });

  // The app reads every chosen file with Blob#text(): the last one to resolve ends the reading.
  const readText = Blob.prototype.text;
  Blob.prototype.text = function text() {
    return readText.call(this).then((value) => {
      marks.filesRead = performance.now();
      return value;
    });
  };

  /** The next frame has been produced once a task queued from inside a frame callback runs. */
  const afterPaint = (then) => requestAnimationFrame(() => setTimeout(then, 0));

  const tableRows = (caption) => {
    for (const table of document.querySelectorAll('table')) {
      if (table.caption && table.caption.textContent === caption)
        return table.querySelectorAll('tbody tr').length;
    }
    return -1;
  };

  /** Resolves once `step` (called on every DOM change) returns true and a frame has passed. */
  const watch = (step) =>
    new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (!step()) return;
        observer.disconnect();
        watcher = null;
        afterPaint(resolve);
      });
      observer.observe(document.body, {
        childList: true,
        subtree: true,
        characterData: true,
        attributes: true,
      });
      watcher = observer;
    });

  const onceCapture = (type, matches, mark) => {
    const listener = (event) => {
      if (!matches(event.target)) return;
      marks[mark] = performance.now();
      document.removeEventListener(type, listener, true);
    };
    document.addEventListener(type, listener, true);
  };

  const statusText = () => {
    const status = document.querySelector('.fac-intake-status');
    return status ? status.textContent : '';
  };

  window.__cohortBench = {
    marks,
    longTasks,
    /** Arms the import watch: done when the intake report is on screen. */
    armImport(expected) {
      onceCapture(
        'change',
        (target) => target instanceof HTMLInputElement && target.type === 'file',
        'filesHandedOver',
      );
      const done = `Checked ${expected} of ${expected}`;
      pending = watch(() => {
        if (marks.checked === undefined && statusText().startsWith(done))
          marks.checked = performance.now();
        const report = document.querySelector('.fac-report');
        if (!report) return false;
        marks.reportInDom = performance.now();
        marks.added = Number(report.getAttribute('data-added'));
        marks.rejected = Number(report.getAttribute('data-rejected'));
        marks.sessionsListed = tableRows('Sessions in this workshop');
        return true;
      }).then(() => {
        marks.reportPainted = performance.now();
      });
    },
    /** Arms the dashboard watch: done when the participants table has `expected` rows. */
    armDashboard(expected) {
      onceCapture(
        'click',
        (target) =>
          target instanceof Element &&
          target.closest('button') !== null &&
          target.closest('button').textContent === 'Dashboard',
        'dashboardClicked',
      );
      pending = watch(() => {
        const rows = tableRows('Participants');
        const charts = document.querySelectorAll('.fac-dashboard svg.fac-chart').length;
        if (rows !== expected || charts === 0) return false;
        marks.dashboardInDom = performance.now();
        marks.participantRows = rows;
        return true;
      }).then(() => {
        marks.dashboardPainted = performance.now();
        const charts = [...document.querySelectorAll('.fac-dashboard svg.fac-chart')];
        marks.charts = charts.length;
        // Laid out with a size: drawn, not just present in the DOM.
        marks.chartsWithSize = charts.filter((chart) => {
          const box = chart.getBoundingClientRect();
          return box.width > 0 && box.height > 0;
        }).length;
      });
    },
    /** Resolves when the armed watch is done (a frame after the DOM reached its state). */
    done() {
      return pending;
    },
    /** Stops watching; the long tasks include those not yet delivered to the observer. */
    stop() {
      if (watcher) watcher.disconnect();
      keepLongTasks(longTaskObserver.takeRecords());
      longTaskObserver.disconnect();
    },
  };
})();
