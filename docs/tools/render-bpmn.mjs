// Renders the BPMN models to SVG (docs/images) with bpmn-js in headless Chromium.
// Run it from a scratch folder that has the two packages (nothing of this lands in the build):
//   mkdir /tmp/render && cd /tmp/render && npm install bpmn-js@17 playwright-core
//   cp <repo>/docs/tools/render-bpmn.mjs . && node render-bpmn.mjs <repo>/docs/images <repo>/processes/*.bpmn
// Chromium comes from Debian (apt-get install chromium): /usr/bin/chromium.
import { chromium } from 'playwright-core';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const viewer = readFileSync(require.resolve('bpmn-js/dist/bpmn-viewer.production.min.js'), 'utf8');
const [outDir, ...files] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking']
});
const page = await browser.newPage();
await page.setContent('<div id="canvas" style="width:1600px;height:900px"></div>');
await page.addScriptTag({ content: viewer });
for (const file of files) {
  const xml = readFileSync(file, 'utf8');
  const svg = await page.evaluate(async (xml) => {
    const v = new BpmnJS({ container: '#canvas' });
    await v.importXML(xml);
    const { svg } = await v.saveSVG();
    v.destroy();
    return svg;
  }, xml);
  const out = `${outDir}/${basename(file, '.bpmn')}.svg`;
  writeFileSync(out, svg);
  console.log('wrote', out);
}
await browser.close();
