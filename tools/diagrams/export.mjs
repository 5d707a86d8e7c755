#!/usr/bin/env node
// Exports every processes/*.bpmn to docs/processes/<key>.svg, and every decisions/*.dmn to
// docs/decisions/<key>.html, drawn by the bpmn.io viewers in headless Chromium from the
// coordinates stored in the files (nothing is laid out anew).
//
// Usage: cd tools/diagrams && npm ci && node export.mjs
// Environment: CHROMIUM_PATH overrides the browser (default: /usr/bin/chromium, then chromium,
// chromium-browser, google-chrome on the PATH). No browser is ever downloaded.

import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, delimiter, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const toolDir = dirname(fileURLToPath(import.meta.url));

class ExportError extends Error {}

function findRepoRoot(start) {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'pom.xml')) && existsSync(join(dir, 'processes'))) {
      return dir;
    }
    if (dirname(dir) === dir) {
      throw new ExportError(`no repository root (a folder holding pom.xml and processes/) above ${start}`);
    }
  }
}

function findChromium() {
  const wanted = process.env.CHROMIUM_PATH;
  if (wanted) {
    if (!existsSync(wanted)) throw new ExportError(`CHROMIUM_PATH=${wanted} does not exist`);
    return wanted;
  }
  const candidates = ['/usr/bin/chromium'];
  for (const dir of (process.env.PATH || '').split(delimiter)) {
    for (const name of ['chromium', 'chromium-browser', 'google-chrome']) candidates.push(join(dir, name));
  }
  const found = candidates.find((path) => existsSync(path));
  if (!found) {
    throw new ExportError('no Chromium found: install it (Debian: apt-get install chromium) or set CHROMIUM_PATH');
  }
  return found;
}

function listModels(dir, extension) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(extension))
    .sort()
    .map((name) => ({ file: join(dir, name), key: basename(name, extension) }));
}

// The viewers' messages, made to say what to do where they do not.
function explain(error) {
  if (error === 'no diagram to display') {
    return 'it has no diagram (no bpmndi:BPMNDiagram with coordinates): open it in Camunda Modeler and save it';
  }
  return error;
}

// An export whose model was deleted or renamed is left in place (docs/ may hold more than exports), but named.
function warnStale(root, outDir, models, extension) {
  const keys = new Set(models.map((model) => model.key));
  for (const name of readdirSync(outDir).filter((file) => file.endsWith(extension)).sort()) {
    if (!keys.has(basename(name, extension))) {
      console.warn(`warning: ${relative(root, join(outDir, name))} has no model any more: delete it if it is stale`);
    }
  }
}

function asset(path) {
  return readFileSync(require.resolve(path), 'utf8');
}

// The SVG is meant to be committed: bpmn-js names its arrow-head markers with random ids, which would
// make every export a diff. They are renamed by order of appearance.
function stableMarkerIds(svg) {
  const ids = [...new Set(Array.from(svg.matchAll(/<marker id="([^"]+)"/g), (match) => match[1]))];
  ids.forEach((id, index) => {
    svg = svg.split(`'#${id}'`).join(`'#marker-${index}'`).split(`"#${id}"`).join(`"#marker-${index}"`)
      .split(`#${id})`).join(`#marker-${index})`).split(`id="${id}"`).join(`id="marker-${index}"`);
  });
  return svg;
}

async function openPage(browser, scripts, styles = []) {
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  // Only the content set below is ever loaded: the page reaches no network.
  await page.route('**/*', (route) => route.abort());
  await page.setContent(
    `<!doctype html><html><head><meta charset="utf-8"></head>` +
      `<body style="margin:0"><div id="canvas" style="width:1600px;height:1000px"></div></body></html>`
  );
  for (const content of styles) await page.addStyleTag({ content });
  for (const content of scripts) await page.addScriptTag({ content });
  return page;
}

async function exportProcesses(browser, root) {
  const models = listModels(join(root, 'processes'), '.bpmn');
  if (models.length === 0) {
    console.log('processes/: no .bpmn file');
    return [];
  }
  const page = await openPage(browser, [asset('bpmn-js/dist/bpmn-viewer.production.min.js')]);
  const outDir = join(root, 'docs', 'processes');
  mkdirSync(outDir, { recursive: true });
  const failures = [];
  for (const { file, key } of models) {
    const name = relative(root, file);
    const result = await page.evaluate(async (xml) => {
      const viewer = new window.BpmnJS({ container: '#canvas' });
      try {
        const { warnings } = await viewer.importXML(xml);
        const processIds = viewer.getDefinitions().rootElements
          .filter((element) => element.$type === 'bpmn:Process')
          .map((element) => element.id);
        const { svg } = await viewer.saveSVG();
        return { svg, processIds, warnings: warnings.map((warning) => warning.message) };
      } catch (error) {
        const warnings = (error.warnings || []).map((warning) => warning.message);
        return { error: error.message, warnings };
      } finally {
        viewer.destroy();
      }
    }, readFileSync(file, 'utf8'));
    if (result.error || result.warnings.length > 0) {
      failures.push(`${name} does not parse: ${[explain(result.error), ...result.warnings].filter(Boolean).join('; ')}`);
      continue;
    }
    if (!result.processIds.includes(key)) {
      console.warn(`${name}: warning: no process with id "${key}" (found ${result.processIds.join(', ') || 'none'})`);
    }
    const target = join(outDir, `${key}.svg`);
    writeFileSync(target, stableMarkerIds(result.svg) + '\n');
    console.log(`${name} -> ${relative(root, target)}`);
  }
  await page.close();
  warnStale(root, outDir, models, '.svg');
  return failures;
}

// A decision table is HTML, not a drawing: each DMN becomes one standalone page with every decision
// of the file, styled by dmn-js's own stylesheets.
async function exportDecisions(browser, root) {
  const models = listModels(join(root, 'decisions'), '.dmn');
  if (models.length === 0) return [];
  const styles = [
    'dmn-js/dist/assets/dmn-js-shared.css',
    'dmn-js/dist/assets/dmn-js-decision-table.css',
    'dmn-js/dist/assets/dmn-js-literal-expression.css',
    'dmn-js/dist/assets/dmn-js-drd.css',
    'dmn-js/dist/assets/dmn-font/css/dmn-embedded.css',
  ].map(asset);
  const page = await openPage(browser, [asset('dmn-js/dist/dmn-viewer.production.min.js')], styles);
  const outDir = join(root, 'docs', 'decisions');
  mkdirSync(outDir, { recursive: true });
  const failures = [];
  for (const { file, key } of models) {
    const name = relative(root, file);
    const result = await page.evaluate(async (xml) => {
      const viewer = new window.DmnJS({ container: '#canvas' });
      try {
        const { warnings } = await viewer.importXML(xml);
        const sections = [];
        for (const view of viewer.getViews()) {
          if (view.type === 'drd') continue;
          await viewer.open(view);
          const shown = document.querySelector(
            '#canvas .dmn-decision-table-container, #canvas .dmn-literal-expression-container, #canvas .dmn-boxed-expression-container'
          );
          if (!shown) throw new Error(`decision ${view.element.id}: dmn-js drew no ${view.type} view`);
          const content = shown.cloneNode(true);
          // The page has no DRD to go back to.
          content.querySelectorAll('.view-drd').forEach((button) => button.remove());
          sections.push({ id: view.element.id, html: content.outerHTML });
        }
        return { sections, warnings: warnings.map((warning) => warning.message) };
      } catch (error) {
        return { error: error.message, warnings: (error.warnings || []).map((warning) => warning.message) };
      } finally {
        viewer.destroy();
      }
    }, readFileSync(file, 'utf8'));
    if (result.error || result.warnings.length > 0) {
      failures.push(`${name} does not parse: ${[explain(result.error), ...result.warnings].filter(Boolean).join('; ')}`);
      continue;
    }
    const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const body = result.sections
      .map((section) => `<section id="${escape(section.id)}" class="dmn-js-parent">\n${section.html}\n</section>`)
      .join('\n');
    const html =
      `<!doctype html>\n<html lang="es">\n<head>\n<meta charset="utf-8">\n<title>${escape(key)}</title>\n` +
      `<style>\n${styles.join('\n')}\nbody{margin:1em;font-family:Arial,sans-serif}` +
      `section{position:relative;margin-bottom:3em}section *{height:auto!important}section>div{padding-bottom:48px}</style>\n` +
      `</head>\n<body>\n${body}\n</body>\n</html>\n`;
    const target = join(outDir, `${key}.html`);
    writeFileSync(target, html);
    console.log(`${name} -> ${relative(root, target)}`);
  }
  await page.close();
  warnStale(root, outDir, models, '.html');
  return failures;
}

async function main() {
  const root = findRepoRoot(toolDir);
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
  try {
    const failures = [...(await exportProcesses(browser, root)), ...(await exportDecisions(browser, root))];
    if (failures.length > 0) {
      for (const failure of failures) console.error(`error: ${failure}`);
      process.exitCode = 1;
    }
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error(`error: ${error instanceof ExportError ? error.message : error.stack || error}`);
  process.exitCode = 1;
});
