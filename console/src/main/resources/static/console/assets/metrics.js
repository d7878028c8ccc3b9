// Draws the metrics charts with the ECharts WebJar served by the app; the table below them holds the same numbers.
document.addEventListener('DOMContentLoaded', function () {
  'use strict';
  var data = JSON.parse(document.getElementById('metrics-data').dataset.metrics);
  if (!window.echarts || data.weeks.length === 0) { return; }
  function line(name, values) { return { name: name, type: 'line', data: values, connectNulls: true }; }
  echarts.init(document.getElementById('times-chart')).setOption({
    tooltip: { trigger: 'axis' }, legend: {}, xAxis: { type: 'category', data: data.weeks },
    yAxis: { type: 'value', name: 'minutes' },
    series: [line('MTTA', data.mtta), line('Time to mitigate', data.mttm), line('MTTR', data.mttr)]
  });
  echarts.init(document.getElementById('weeks-chart')).setOption({
    tooltip: { trigger: 'axis' }, legend: {}, xAxis: { type: 'category', data: data.weeks },
    yAxis: { type: 'value', minInterval: 1 },
    series: Object.keys(data.perSeverity).map(function (s) {
      return { name: s, type: 'bar', stack: 'all', barMaxWidth: 48, data: data.perSeverity[s] };
    })
  });
});
