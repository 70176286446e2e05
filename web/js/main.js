// Starts the explorer: builds the shell (header search, language toggle, canvas, side panel)
// and hands each URL to its view. Views declare a layout: the canvas alone, the canvas with a tool pane, or a page.
import { $ } from './dom.js';
import { startRouter, navigate, href } from './router.js';
import { setLang, getLang, onLangChange, t } from './i18n.js';
import { createPanel } from './views/panel.js';
import { createCanvas } from './views/canvas.js';
import { attachSuggestions } from './views/search.js';
import { explore } from './views/explore.js';
import { paths } from './views/paths.js';
import { shared } from './views/shared.js';
import { reports } from './views/reports.js';
import { documents, documentReader } from './views/documents.js';
import { apiPage } from './views/api-page.js';
import { review } from './views/review.js';
import { notFound } from './views/not-found.js';

const VIEWS = { '': explore, entity: explore, path: paths, shared, reports, documents, document: documentReader, api: apiPage, review };

function start() {
  if (!window.cytoscape) {
    document.body.textContent = 'The graph library (Cytoscape.js) did not load. Reload the page or check the server.';
    return;
  }
  const panel = createPanel($('#side-panel'));
  const canvas = createCanvas(panel);
  const app = { panel, canvas, toolPane: $('#tool-pane'), pagePane: $('#page-pane') };
  window.synergraph = Object.freeze({ graph: canvas.graph }); // for browser tests and the console
  Object.values(VIEWS).forEach((v) => v.init && !v.initialised && (v.init(app), (v.initialised = true)));

  const search = attachSuggestions($('#search-input'), {
    list: $('#search-suggestions'),
    onPick: (r) => { search.clear(); navigate(href(['entity', r.id])); },
  });

  let layout = null;
  function route(r) {
    const view = VIEWS[r.view] || notFound;
    if (view.layout !== layout) {
      layout = view.layout;
      $('#app').className = `layout-${layout}`;
      $('#tool-pane').hidden = layout !== 'canvas-tools';
      $('#canvas-pane').hidden = layout === 'page';
      $('#page-pane').hidden = layout !== 'page';
      requestAnimationFrame(() => canvas.resize());
    }
    document.querySelectorAll('#main-nav a').forEach((a) => a.classList.toggle('active', a.dataset.nav === view.nav));
    document.title = `${t(`title.${view.nav}`)} · Synergraph`;
    view.enter(r, app);
  }

  setLang(getLang());
  const router = startRouter(route);
  $('#lang-toggle').addEventListener('click', () => setLang(getLang() === 'zh' ? 'en' : 'zh'));
  onLangChange(() => {
    canvas.relabel();
    panel.refresh();
    search.rerender();
    router.refresh();
  });
}

start();
