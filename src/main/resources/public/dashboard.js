/*
 * Charts of the managers' dashboard (/bao-cao), drawn with Chart.js from the figures the page already shows as
 * tables: each <canvas class="chart"> carries its data in data-chart (JSON), its labels in data-* attributes.
 * A share below the minimum sample arrives as null and is left out (a gap), never drawn.
 */
(function () {
  'use strict';

  function options(values, targets, horizontal, nLabel, n) {
    var all = values.concat(targets).filter(function (v) { return v !== null && v !== undefined; });
    var low = all.length ? Math.max(0, Math.floor((Math.min.apply(null, all) - 5) / 10) * 10) : 0;
    var scale = { min: low, max: 100, ticks: { callback: function (v) { return v + '%'; } } };
    return {
      responsive: true,
      maintainAspectRatio: false,
      indexAxis: horizontal ? 'y' : 'x',
      animation: false,
      scales: horizontal ? { x: scale, y: { ticks: { autoSkip: false } } } : { y: scale },
      plugins: {
        legend: { position: 'bottom' },
        tooltip: {
          callbacks: {
            afterLabel: function (ctx) {
              return ctx.datasetIndex === 0 ? nLabel + ': ' + n[ctx.dataIndex] : '';
            }
          }
        }
      }
    };
  }

  function shorten(label, max) {
    return label.length > max ? label.slice(0, max - 1) + '…' : label;
  }

  function draw(canvas) {
    var data = JSON.parse(canvas.getAttribute('data-chart'));
    var kind = canvas.getAttribute('data-kind');
    var series = canvas.getAttribute('data-series');
    var targetLabel = canvas.getAttribute('data-target-label');
    var nLabel = canvas.getAttribute('data-n-label');
    var targets = data.target.map(function (t) { return t === undefined ? null : t; });
    var narrow = window.matchMedia('(max-width: 40rem)').matches;
    var config;
    if (kind === 'trend') {
      config = {
        type: 'line',
        data: {
          labels: data.labels,
          datasets: [
            { label: series, data: data.values, borderColor: '#0b4f8a', backgroundColor: '#0b4f8a', spanGaps: false,
              pointRadius: 4, borderWidth: 3 },
            { label: targetLabel, data: targets, borderColor: '#a4161a', borderDash: [6, 4], pointRadius: 0,
              borderWidth: 2, stepped: true }
          ]
        },
        options: options(data.values, targets, false, nLabel, data.n)
      };
    } else {
      var box = canvas.parentNode;
      box.style.height = Math.max(12, data.labels.length * 2.2 + 5) + 'rem';
      config = {
        type: 'bar',
        data: {
          labels: data.labels.map(function (l) { return shorten(l, narrow ? 22 : 40); }),
          datasets: [
            { label: series, data: data.values, backgroundColor: '#3b78b5', order: 2 },
            { label: targetLabel, data: targets, type: 'line', borderColor: '#a4161a', borderDash: [6, 4],
              pointStyle: 'line', pointRadius: 8, pointBorderWidth: 3, showLine: false, order: 1 }
          ]
        },
        options: options(data.values, targets, true, nLabel, data.n)
      };
    }
    new window.Chart(canvas, config);
  }

  function switchToCustomOnDateEdit() {
    var period = document.getElementById('period');
    ['from', 'to'].forEach(function (id) {
      var input = document.getElementById(id);
      if (input && period) {
        input.addEventListener('change', function () { period.value = 'custom'; });
      }
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    switchToCustomOnDateEdit();
    if (!window.Chart) {
      return;
    }
    document.querySelectorAll('canvas.chart[data-chart]').forEach(draw);
  });
})();
