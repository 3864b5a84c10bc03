// Draws the inventory summary charts (Chart.js) from the JSON data blocks next to each canvas. No inline script:
// the page's Content-Security-Policy allows only scripts from this host (docs/ui.md).
(function () {
    'use strict';
    if (typeof Chart === 'undefined') {
        return;
    }
    var palette = ['#0d6efd', '#198754', '#fd7e14', '#6f42c1', '#20c997', '#dc3545', '#0dcaf0', '#6c757d', '#ffc107'];
    document.querySelectorAll('canvas.summary-chart').forEach(function (canvas) {
        var block = document.getElementById(canvas.dataset.source);
        if (!block) {
            return;
        }
        var data = JSON.parse(block.textContent);
        var kind = canvas.dataset.kind || 'bar';
        new Chart(canvas, {
            type: kind,
            data: {
                labels: data.labels,
                datasets: [{
                    label: data.title + ' (t CO2e)',
                    data: data.values,
                    backgroundColor: kind === 'line' ? palette[0] : palette.slice(0, data.values.length),
                    borderColor: kind === 'line' ? palette[0] : undefined,
                    tension: 0.2
                }]
            },
            options: {
                responsive: true,
                plugins: { legend: { display: kind === 'doughnut' } },
                scales: kind === 'doughnut' ? {} : { y: { beginAtZero: true } }
            }
        });
    });
})();
