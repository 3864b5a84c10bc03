// The gap chart of /Targets/Detail and of the province board (partial Pages/Targets/_GapChart.cshtml): reads the JSON
// data block #gap-data (written by the page, never executed) and draws actual, target path, BAU and plan as lines with
// Chart.js. Years without data are gaps, never zero.
(function () {
    'use strict';
    var data = document.getElementById('gap-data');
    var canvas = document.getElementById('gap-chart');
    if (!data || !canvas || typeof Chart === 'undefined') {
        return;
    }

    var d = JSON.parse(data.textContent);
    function line(label, values, colour, dash) {
        return { label: label, data: values, borderColor: colour, backgroundColor: colour, borderDash: dash || [], spanGaps: false, tension: 0, pointRadius: 3 };
    }

    new Chart(canvas, {
        type: 'line',
        data: {
            labels: d.labels,
            datasets: [
                line(d.names.actual, d.actual, '#1b5e20'),
                line(d.names.path, d.path, '#0d47a1', [6, 4]),
                line(d.names.bau, d.bau, '#b71c1c', [2, 3]),
                line(d.names.plan, d.plan, '#ef6c00')
            ]
        },
        options: {
            responsive: true,
            animation: false,
            scales: { y: { title: { display: true, text: 't CO2e' } } },
            plugins: { legend: { position: 'bottom' } }
        }
    });
}());
