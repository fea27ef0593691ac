// <chidao-process-diagram>: a BPMN diagram drawn with bpmn-js (the navigated viewer: drag to pan, no editing),
// with the current steps, the other wait states and the way already taken marked. Properties (set by
// vn.chidao.base.ui.ProcessDiagram): xml, current, waiting, passed, passedFlows (arrays of element ids) and
// labels ({zoomIn, zoomOut, fit, focus, fullscreen, error}). The diagram fits the element's width and follows its
// size until the user zooms or pans, but is never drawn smaller than MIN_ZOOM, where the names stop being legible:
// a wide diagram then shows around the current step and the rest is reached by dragging (or the buttons). The
// mouse wheel scrolls the page, not the diagram. Its styles (the marks in the theme's colours) are
// chidao-process-diagram.css, imported by the Java class so that Vaadin tracks them.
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';

const PROPERTIES = ['xml', 'current', 'waiting', 'passed', 'passedFlows', 'labels'];
const ARROW_ID = 'chidao-passed-flow-end';
const SVG = 'http://www.w3.org/2000/svg';
/** The smallest zoom at which the steps' names stay legible; below it the diagram is panned, not shrunk. */
const MIN_ZOOM = 0.6;
/** Fitting never enlarges the diagram beyond its own size. */
const MAX_FIT_ZOOM = 1;
const MAX_ZOOM = 4;
/** Room left around the diagram when it is fitted, in screen pixels. */
const PADDING = 16;
/** The buttons' icons (24x24 paths, drawn with the text colour). */
const ICONS = {
  zoomIn: 'M11 5v6H5v2h6v6h2v-6h6v-2h-6V5z',
  zoomOut: 'M5 11h14v2H5z',
  fit: 'M4 4h6v2H6v4H4zm10 0h6v6h-2V6h-4zM4 14h2v4h4v2H4zm14 0h2v6h-6v-2h4z',
  focus: 'M12 8a4 4 0 1 0 0 8 4 4 0 0 0 0-8zm-1-7v3.06A8 8 0 0 0 4.06 11H1v2h3.06A8 8 0 0 0 11 19.94V23h2v-3.06A8 8 0 0 0 19.94 13H23v-2h-3.06A8 8 0 0 0 13 4.06V1zm1 5a6 6 0 1 1 0 12 6 6 0 0 1 0-12z',
  fullscreen: 'M3 3h7v2H5v5H3zm11 0h7v7h-2V5h-5zM3 14h2v5h5v2H3zm16 0h2v7h-7v-2h5z'
};

class ChidaoProcessDiagram extends HTMLElement {
  constructor() {
    super();
    this._state = { xml: null, current: [], waiting: [], passed: [], passedFlows: [], labels: {} };
    this._fitted = true;
    this._token = 0;
  }

  connectedCallback() {
    // Values Flow set before this class was defined sit on the instance and hide the accessors.
    for (const name of PROPERTIES) {
      if (Object.prototype.hasOwnProperty.call(this, name)) {
        const value = this[name];
        delete this[name];
        this[name] = value;
      }
    }
    if (!this._canvasElement) {
      this._build();
    }
    this._observer = new ResizeObserver(() => this._resized());
    this._observer.observe(this);
    this._schedule();
  }

  disconnectedCallback() {
    if (this._observer) {
      this._observer.disconnect();
    }
  }

  _build() {
    this._canvasElement = document.createElement('div');
    this._canvasElement.className = 'chidao-diagram-canvas';
    this._message = document.createElement('div');
    this._message.className = 'chidao-diagram-message';
    this._message.hidden = true;
    this._tools = document.createElement('div');
    this._tools.className = 'chidao-diagram-tools';
    this._buttons = {
      zoomIn: this._button('zoomIn', () => this._zoomBy(1.25)),
      zoomOut: this._button('zoomOut', () => this._zoomBy(0.8)),
      fit: this._button('fit', () => this.fit()),
      focus: this._button('focus', () => this.focusCurrent()),
      fullscreen: this._button('fullscreen', () => this._toggleFullscreen())
    };
    Object.values(this._buttons).forEach((b) => this._tools.appendChild(b));
    this.append(this._canvasElement, this._message, this._tools);
    this._applyLabels();
  }

  _button(icon, action) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'chidao-diagram-' + icon;
    const svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('viewBox', '0 0 24 24');
    svg.setAttribute('aria-hidden', 'true');
    const path = document.createElementNS(SVG, 'path');
    path.setAttribute('d', ICONS[icon]);
    svg.appendChild(path);
    button.appendChild(svg);
    button.addEventListener('click', action);
    return button;
  }

  _applyLabels() {
    if (!this._buttons) {
      return;
    }
    for (const [key, button] of Object.entries(this._buttons)) {
      const label = this._state.labels[key] || key;
      button.title = label;
      button.setAttribute('aria-label', label);
    }
  }

  set xml(value) { this._set('xml', value); }
  get xml() { return this._state.xml; }
  set current(value) { this._set('current', value || []); }
  get current() { return this._state.current; }
  set waiting(value) { this._set('waiting', value || []); }
  get waiting() { return this._state.waiting; }
  set passed(value) { this._set('passed', value || []); }
  get passed() { return this._state.passed; }
  set passedFlows(value) { this._set('passedFlows', value || []); }
  get passedFlows() { return this._state.passedFlows; }
  set labels(value) {
    this._state.labels = value || {};
    this._applyLabels();
  }
  get labels() { return this._state.labels; }

  _set(name, value) {
    this._state[name] = value;
    this._schedule();
  }

  /** One drawing per batch of property changes (Flow sets them one by one). */
  _schedule() {
    if (this._scheduled) {
      return;
    }
    this._scheduled = true;
    requestAnimationFrame(() => {
      this._scheduled = false;
      this._render();
    });
  }

  async _render() {
    if (!this.isConnected || !this._state.xml) {
      return;
    }
    if (this._canvasElement.clientWidth === 0 || this._canvasElement.clientHeight === 0) {
      // Hidden (a closed card): drawn once it gets a size.
      this._waitingForSize = true;
      return;
    }
    this._waitingForSize = false;
    if (!this._viewer) {
      this._viewer = new NavigatedViewer({ container: this._canvasElement, zoomScroll: { enabled: false } });
      this._viewer.on('canvas.viewbox.changed', () => this._viewboxChanged());
    }
    const token = ++this._token;
    try {
      await this._viewer.importXML(this._state.xml);
    } catch (error) {
      if (token === this._token) {
        this._showMessage(this._state.labels.error || String(error));
      }
      return;
    }
    if (token !== this._token) {
      return;
    }
    this._showMessage(null);
    this._mark();
    this.fit();
    this.setAttribute('rendered', '');
    this.dispatchEvent(new CustomEvent('diagram-rendered'));
  }

  _mark() {
    const canvas = this._viewer.get('canvas');
    const registry = this._viewer.get('elementRegistry');
    const add = (ids, marker) => ids.forEach((id) => {
      const element = registry.get(id);
      if (element) {
        canvas.addMarker(element, marker);
        if (element.label) {
          canvas.addMarker(element.label, marker);
        }
      }
    });
    // An entered subprocess is a frame around its steps: its border takes the colour, not its whole area.
    const scopes = this._state.passed.filter((id) => registry.get(id) && registry.get(id).type === 'bpmn:SubProcess');
    add(this._state.passed.filter((id) => !scopes.includes(id)), 'chidao-passed');
    add(scopes, 'chidao-passed-scope');
    add(this._state.passedFlows, 'chidao-passed');
    add(this._state.waiting, 'chidao-waiting');
    add(this._state.current, 'chidao-current');
    this._addArrowhead();
  }

  /** bpmn-js gives each colour its own arrowhead; the taken flows point with one in the theme's colour. */
  _addArrowhead() {
    const svg = this._canvasElement.querySelector('svg');
    if (!svg || svg.querySelector('#' + ARROW_ID)) {
      return;
    }
    let defs = svg.querySelector('defs');
    if (!defs) {
      defs = document.createElementNS(SVG, 'defs');
      svg.insertBefore(defs, svg.firstChild);
    }
    const marker = document.createElementNS(SVG, 'marker');
    marker.setAttribute('id', ARROW_ID);
    marker.setAttribute('viewBox', '0 0 20 20');
    marker.setAttribute('refX', '11');
    marker.setAttribute('refY', '10');
    marker.setAttribute('markerWidth', '10');
    marker.setAttribute('markerHeight', '10');
    marker.setAttribute('orient', 'auto');
    const path = document.createElementNS(SVG, 'path');
    path.setAttribute('d', 'M 1 5 L 11 10 L 1 15 Z');
    marker.appendChild(path);
    defs.appendChild(marker);
  }

  /**
   * Fits the diagram's width, never below MIN_ZOOM nor above its own size; when it is then taller (or wider) than
   * the element, the part around the current step shows. It then follows the element's size.
   */
  fit() {
    if (!this._viewer) {
      return;
    }
    const canvas = this._viewer.get('canvas');
    this._fitting = true;
    try {
      canvas.resized();
      const { inner, outer } = canvas.viewbox();
      if (!inner.width || !outer.width) {
        canvas.zoom('fit-viewport', 'auto');
      } else {
        const widthFit = (outer.width - 2 * PADDING) / inner.width;
        this._show(Math.min(MAX_FIT_ZOOM, Math.max(MIN_ZOOM, widthFit)), this._focusElement());
      }
    } finally {
      this._fitting = false;
    }
    this._fitted = true;
  }

  /** Full size, centred on the (first) current step, else on the first wait state. */
  focusCurrent() {
    if (!this._viewer) {
      return;
    }
    const element = this._focusElement();
    if (!element) {
      this.fit();
      return;
    }
    this._show(MAX_FIT_ZOOM, element);
  }

  /** The (first) current step, else the first wait state, else nothing. */
  _focusElement() {
    const registry = this._viewer.get('elementRegistry');
    const id = [...this._state.current, ...this._state.waiting].find((i) => registry.get(i));
    return id ? registry.get(id) : null;
  }

  /**
   * Shows the diagram at {@code scale}: centred where it fits, else around {@code element} (or from its top left
   * corner), never scrolled past its edges.
   */
  _show(scale, element) {
    const canvas = this._viewer.get('canvas');
    const { inner, outer } = canvas.viewbox();
    const width = outer.width / scale;
    const height = outer.height / scale;
    const pad = PADDING / scale;
    const place = (centre, size, start, length) => {
      if (size >= length + 2 * pad) {
        return start + length / 2 - size / 2;
      }
      const wanted = centre === null ? start - pad : centre - size / 2;
      return Math.min(Math.max(wanted, start - pad), start + length + pad - size);
    };
    canvas.viewbox({
      x: place(element ? element.x + element.width / 2 : null, width, inner.x, inner.width),
      y: place(element ? element.y + element.height / 2 : null, height, inner.y, inner.height),
      width,
      height
    });
  }

  _zoomBy(factor) {
    if (!this._viewer) {
      return;
    }
    const canvas = this._viewer.get('canvas');
    canvas.zoom(Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, canvas.zoom() * factor)), 'auto');
  }

  _viewboxChanged() {
    if (!this._fitting) {
      this._fitted = false;
    }
  }

  _resized() {
    if (this._waitingForSize) {
      this._schedule();
      return;
    }
    if (!this._viewer) {
      return;
    }
    if (this._fitted) {
      this.fit();
    } else {
      this._viewer.get('canvas').resized();
    }
  }

  _toggleFullscreen() {
    if (document.fullscreenElement === this) {
      document.exitFullscreen();
    } else if (this.requestFullscreen) {
      this._fitted = true;
      this.requestFullscreen();
    }
  }

  _showMessage(text) {
    this._message.hidden = !text;
    this._message.textContent = text || '';
  }
}

if (!customElements.get('chidao-process-diagram')) {
  customElements.define('chidao-process-diagram', ChidaoProcessDiagram);
}
