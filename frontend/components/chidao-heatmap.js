// <chidao-heatmap>: units (rows) × months of the deadline (columns); a cell is the number of overdue assignments
// (open past the deadline or done late), its tooltip the overdue and total counts. Property 'data':
// {units: [{code, name}], months: ['2024-03'], monthLabels: ['03/2024'], axisLabels: ['T3\n2024'], overdue: [[n]],
//  total: [[n]],
//  texts: {overdue, total, open, less, more}}. A click on a cell with overdue work fires 'cell-click' with
// {unit: code, month: 'yyyy-MM'}. cellCenter(unit, month) says where a cell is drawn (the real-browser tests click
// there).
import { ChidaoEChartsElement, echarts } from './chidao-echarts.js';

class ChidaoHeatmap extends ChidaoEChartsElement {
  constructor() {
    super();
    this.upgradeProperty('data');
  }

  get data() {
    return this._data;
  }

  set data(data) {
    this._data = data;
    this.render();
  }

  buildOption() {
    const data = this._data;
    if (!data || !data.units || data.units.length === 0) {
      return null;
    }
    let highest = 1;
    const cells = [];
    data.units.forEach((unit, row) => {
      data.months.forEach((month, column) => {
        const total = data.total[row][column];
        const overdue = data.overdue[row][column];
        highest = Math.max(highest, overdue);
        if (total > 0) {
          cells.push([column, row, overdue, total]);
        }
      });
    });
    const texts = data.texts || {};
    const encode = echarts.format.encodeHTML;
    return {
      tooltip: {
        formatter: (point) => {
          const [column, row, overdue, total] = point.value;
          const unit = data.units[row];
          const open = overdue > 0 ? `<br><span style="opacity:.7">${encode(texts.open || '')}</span>` : '';
          return `<b>${encode(unit.name)}</b> (${encode(unit.code)})<br>${encode(data.monthLabels[column])}<br>`
            + `${encode(texts.overdue || '')}: <b>${overdue}</b> / ${encode(texts.total || '')}: ${total}${open}`;
        },
      },
      grid: { left: 8, right: 12, top: 8, bottom: 48, containLabel: true },
      xAxis: {
        type: 'category',
        data: data.axisLabels || data.monthLabels,
        axisTick: { show: false },
        axisLine: { show: false },
        axisLabel: { color: 'var(--lumo-secondary-text-color)', fontSize: 11, interval: 0, lineHeight: 14 },
        splitLine: { show: true, lineStyle: { color: 'var(--lumo-contrast-5pct)' } },
      },
      yAxis: {
        type: 'category',
        inverse: true,
        data: data.units.map((unit) => unit.code),
        axisTick: { show: false },
        axisLine: { show: false },
        axisLabel: { color: 'var(--lumo-body-text-color)', fontSize: 12, fontWeight: 600 },
        splitLine: { show: true, lineStyle: { color: 'var(--lumo-contrast-5pct)' } },
      },
      visualMap: {
        min: 0,
        max: highest,
        dimension: 2,
        calculable: false,
        orient: 'horizontal',
        left: 'center',
        bottom: 0,
        itemWidth: 12,
        itemHeight: 140,
        text: [texts.more || '', texts.less || ''],
        textStyle: { color: 'var(--lumo-secondary-text-color)', fontSize: 11 },
        inRange: { color: ['var(--chidao-heat-0)', 'var(--chidao-heat-1)', 'var(--chidao-heat-2)'] },
      },
      series: [{
        type: 'heatmap',
        data: cells.map((cell) => ({
          value: cell,
          label: { color: cell[2] * 2 > highest ? '#fff' : 'var(--lumo-body-text-color)' },
        })),
        label: { show: true, fontSize: 12, fontWeight: 600, formatter: (point) => (point.value[2] > 0 ? point.value[2] : '') },
        itemStyle: { borderColor: 'var(--lumo-base-color)', borderWidth: 2, borderRadius: 4 },
        emphasis: { itemStyle: { borderColor: 'var(--lumo-body-text-color)', borderWidth: 1 } },
      }],
    };
  }

  /**
   * Where the cell of a unit (its code) and a month ('yyyy-MM') is drawn: {x, y} in CSS pixels from the element's
   * top left corner, or null while the chart is not drawn or has no such row or column. ECharts' own
   * convertToPixel, so a test can click the real canvas there (DirectivePathBrowserIT).
   */
  cellCenter(unit, month) {
    const data = this._data;
    if (!this._chart || !data || !data.units) {
      return null;
    }
    const row = data.units.findIndex((u) => u.code === unit);
    const column = data.months.indexOf(month);
    if (row < 0 || column < 0) {
      return null;
    }
    const [x, y] = this._chart.convertToPixel({ seriesIndex: 0 }, [column, row]);
    return { x, y };
  }

  chartClicked(event) {
    if (event.seriesType !== 'heatmap' || !this._data) {
      return;
    }
    const [column, row, overdue] = event.value;
    if (overdue > 0) {
      this.dispatchEvent(new CustomEvent('cell-click', {
        detail: { unit: this._data.units[row].code, month: this._data.months[column] },
      }));
    }
  }
}

customElements.define('chidao-heatmap', ChidaoHeatmap);
