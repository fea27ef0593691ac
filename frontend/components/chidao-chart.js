// <chidao-chart>: any ECharts option from the server (property 'option'); a click on a data item fires
// 'chart-click' with the series' and the item's names.
import { ChidaoEChartsElement } from './chidao-echarts.js';

class ChidaoChart extends ChidaoEChartsElement {
  constructor() {
    super();
    this.upgradeProperty('option');
  }

  get option() {
    return this._option;
  }

  set option(option) {
    this._option = option;
    this.render();
  }

  buildOption() {
    return this._option;
  }

  chartClicked(event) {
    this.dispatchEvent(new CustomEvent('chart-click', {
      detail: { series: event.seriesName, name: event.name },
    }));
  }
}

customElements.define('chidao-chart', ChidaoChart);
