// Board charts (docs/ui.md): data come from a <script type="application/json"> block named by the canvas.
(function () {
    'use strict';
    function bar(canvas, labels, values, label, horizontal) {
        return new window.Chart(canvas, {
            type: 'bar',
            data: { labels: labels, datasets: [{ label: label, data: values, backgroundColor: '#1f5f3f' }] },
            options: { indexAxis: horizontal ? 'y' : 'x', responsive: true, maintainAspectRatio: false, plugins: { legend: { display: false } } }
        });
    }

    document.querySelectorAll('canvas[data-chart-source]').forEach(function (canvas) {
        var source = document.getElementById(canvas.getAttribute('data-chart-source'));
        if (!source || !window.Chart) {
            return;
        }

        var data = JSON.parse(source.textContent || '{}');
        var series = data[{ view: 'view', scopes: 'scopes', sectors: 'sectors' }[canvas.getAttribute('data-chart-kind')]];
        if (series) {
            bar(canvas, series.labels, series.values, data.label, true);
        }
    });
}());
