// <chidao-heatmap>: units (rows, by short name) × months of the deadline (columns). A cell with overdue assignments
// (open past the deadline or done late) is coloured by their number on the scale; a cell with assignments but none
// overdue is neutral grey, off the scale (its own series, which the visualMap leaves alone); the tooltip names the
// unit in full and gives the overdue and total counts. Property 'data':
// {units: [{code, name, shortName}], months: ['2024-03'], monthLabels: ['03/2024'], axisLabels: ['03\n2024'],
//  overdueCells: [[column, row, overdue, total]], neutralCells: [[column, row, 0, total]],
//  texts: {overdue, total, open, less, more, neutral}}. A click on a cell with assignments fires 'cell-click' with
// {unit: code, month: 'yyyy-MM'}. cellCenter(unit, month) says where a cell is drawn (the real-browser tests click
// there), cellKind(unit, month) whether it is drawn 'overdue', 'neutral' or not at all (null).
import { ChidaoEChartsElement, echarts } from './chidao-echarts.js';

/** The colour of a cell with assignments but none overdue: Lumo's light grey, not a colour of the scale. */
const NEUTRAL = 'var(--lumo-contrast-10pct)';

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
    const overdueCells = data.overdueCells || [];
    const neutralCells = data.neutralCells || [];
    // The scale counts overdue assignments from 1 (to at least 2, so one overdue is its low end).
    const most = Math.max(2, ...overdueCells.map((cell) => cell[2]));
    const texts = data.texts || {};
    const encode = echarts.format.encodeHTML;
    const cellStyle = { borderColor: 'var(--lumo-base-color)', borderWidth: 2, borderRadius: 4 };
    const emphasis = { itemStyle: { borderColor: 'var(--lumo-body-text-color)', borderWidth: 1 } };
    return {
      tooltip: {
        formatter: (point) => {
          const [column, row, overdue, total] = point.value;
          const unit = data.units[row];
          const standing = overdue > 0
            ? `${encode(texts.overdue || '')}: <b>${overdue}</b> / ${encode(texts.total || '')}: ${total}`
            : `<b>${encode(texts.neutral || '')}</b> · ${encode(texts.total || '')}: ${total}`;
          return `<b>${encode(unit.name)}</b> (${encode(unit.code)})<br>${encode(data.monthLabels[column])}<br>`
            + `${standing}<br><span style="opacity:.7">${encode(texts.open || '')}</span>`;
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
        data: data.units.map((unit) => unit.shortName || unit.code),
        axisTick: { show: false },
        axisLine: { show: false },
        axisLabel: { color: 'var(--lumo-body-text-color)', fontSize: 12, fontWeight: 600 },
        splitLine: { show: true, lineStyle: { color: 'var(--lumo-contrast-5pct)' } },
      },
      // The overdue cells (series 0) are on the scale; the neutral ones (series 1) have a hidden map of their own,
      // one grey (ECharts draws a heatmap series only through a visualMap).
      visualMap: [{
        seriesIndex: 0,
        min: 1,
        max: most,
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
      }, {
        seriesIndex: 1,
        show: false,
        min: 0,
        max: 1,
        dimension: 2,
        inRange: { color: [NEUTRAL, NEUTRAL] },
      }],
      series: [{
        type: 'heatmap',
        name: texts.overdue || '',
        data: overdueCells.map((cell) => ({
          value: cell,
          label: { color: cell[2] * 2 > most + 1 ? '#fff' : 'var(--lumo-body-text-color)' },
        })),
        label: { show: true, fontSize: 12, fontWeight: 600, formatter: (point) => point.value[2] },
        itemStyle: cellStyle,
        emphasis,
      }, {
        type: 'heatmap',
        name: texts.neutral || '',
        data: neutralCells,
        label: { show: false },
        itemStyle: cellStyle,
        emphasis,
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

  /** 'overdue' or 'neutral' for a cell drawn on that scale or in grey, null for none (no assignment there). */
  cellKind(unit, month) {
    const data = this._data;
    if (!data || !data.units) {
      return null;
    }
    const row = data.units.findIndex((u) => u.code === unit);
    const column = data.months.indexOf(month);
    const here = (cell) => cell[0] === column && cell[1] === row;
    if ((data.overdueCells || []).some(here)) {
      return 'overdue';
    }
    return (data.neutralCells || []).some(here) ? 'neutral' : null;
  }

  chartClicked(event) {
    if (event.seriesType !== 'heatmap' || !this._data) {
      return;
    }
    const [column, row] = event.value;
    this.dispatchEvent(new CustomEvent('cell-click', {
      detail: { unit: this._data.units[row].code, month: this._data.months[column] },
    }));
  }
}

customElements.define('chidao-heatmap', ChidaoHeatmap);
