// The charts of Chidao: Apache ECharts (only the parts we draw with), sized by the element and coloured by the
// chidao theme. Options may name theme colours as 'var(--name)'; they are read from the page when drawn.
import * as echarts from 'echarts/core';
import { BarChart, HeatmapChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, HeatmapChart, PieChart, GridComponent, LegendComponent, TooltipComponent,
  VisualMapComponent, CanvasRenderer]);

export { echarts };

const VARIABLE = /var\((--[\w-]+)\)/g;

/** The option with every 'var(--x)' in its strings replaced by the value of --x on the element. */
export function resolveThemeColours(element, value) {
  if (typeof value === 'string') {
    if (!value.includes('var(')) {
      return value;
    }
    const style = getComputedStyle(element);
    return value.replace(VARIABLE, (_, name) => style.getPropertyValue(name).trim() || 'currentColor');
  }
  if (Array.isArray(value)) {
    return value.map((item) => resolveThemeColours(element, item));
  }
  if (value && typeof value === 'object') {
    const resolved = {};
    for (const [key, item] of Object.entries(value)) {
      resolved[key] = resolveThemeColours(element, item);
    }
    return resolved;
  }
  return value;
}

/** What every chart shares: Lumo's font and text colours, tooltips in the card's colours, kept inside the chart. */
function themed(option) {
  const result = {
    ...option,
    textStyle: {
      fontFamily: 'var(--lumo-font-family)',
      color: 'var(--lumo-body-text-color)',
      ...(option.textStyle || {}),
    },
  };
  if (option.tooltip) {
    result.tooltip = {
      confine: true,
      backgroundColor: 'var(--lumo-base-color)',
      borderColor: 'var(--chidao-card-border)',
      textStyle: { color: 'var(--lumo-body-text-color)', fontFamily: 'var(--lumo-font-family)', fontSize: 13 },
      extraCssText: 'box-shadow: var(--lumo-box-shadow-s); border-radius: var(--lumo-border-radius-m);',
      ...option.tooltip,
    };
  }
  return result;
}

/**
 * An element that draws one ECharts instance in its shadow root, redraws it when its size changes
 * (ResizeObserver) and frees it when removed. Subclasses give the option (buildOption) and handle clicks.
 */
export class ChidaoEChartsElement extends HTMLElement {
  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.innerHTML = '<style>:host{display:block;position:relative;min-height:12rem}'
      + '#chart{position:absolute;inset:0}</style><div id="chart"></div>';
    this._container = root.getElementById('chart');
  }

  /** A property set by the server before this element was upgraded becomes a real one. */
  upgradeProperty(name) {
    if (Object.prototype.hasOwnProperty.call(this, name)) {
      const value = this[name];
      delete this[name];
      this[name] = value;
    }
  }

  connectedCallback() {
    // ECharts needs a size: the chart starts once the element has one, then follows it.
    this._resizer = new ResizeObserver(() => this.sizeChanged());
    this._resizer.observe(this);
    this.sizeChanged();
  }

  sizeChanged() {
    if (this.clientWidth === 0 || this.clientHeight === 0) {
      return;
    }
    if (this._chart) {
      this._chart.resize();
      return;
    }
    this._chart = echarts.init(this._container, null, { renderer: 'canvas' });
    this._chart.on('click', (event) => this.chartClicked(event));
    this.render();
  }

  disconnectedCallback() {
    if (this._resizer) {
      this._resizer.disconnect();
      this._resizer = null;
    }
    if (this._chart) {
      this._chart.dispose();
      this._chart = null;
    }
  }

  render() {
    if (!this._chart) {
      return;
    }
    const option = this.buildOption();
    if (option) {
      this._chart.setOption(resolveThemeColours(this, themed(option)), true);
    } else {
      this._chart.clear();
    }
  }

  buildOption() {
    return null;
  }

  chartClicked() {
  }
}
