// Charts draw their labels with the bundled Sarabun (Thai and Latin), as the pages do: set before any chart is made,
// and every chart is redrawn once the font has loaded (a canvas does not re-render by itself when a web font arrives).
(function () {
    'use strict';
    if (typeof Chart === 'undefined') {
        return;
    }
    Chart.defaults.font.family = "'Sarabun', 'Noto Sans Thai', sans-serif";
    if (document.fonts && document.fonts.load) {
        Promise.all([document.fonts.load("12px 'Sarabun'"), document.fonts.load("12px 'Sarabun'", 'ก')]).then(function () {
            Object.values(Chart.instances).forEach(function (chart) { chart.update(); });
        });
    }
})();
