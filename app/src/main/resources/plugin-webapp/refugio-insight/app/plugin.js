// Refugio's managers' view in Cockpit (issue #6): a heat overlay on the asylum-claim diagram and a dashboard.
// The overlay reads its figures through the plugin's own resource (Cockpit's query service); the dashboard reads
// /api/insight with the Cockpit session. Both apply the manager's office scope on the server.

const PLUGIN = 'refugio-insight';
const MODALITIES = ['REGULAR', 'ACCELERATED', 'SIMPLIFIED', 'MERGED', 'PRIMA_FACIE'];
const STYLE = `
.ri-badge { font: 12px/1.3 sans-serif; padding: 2px 6px; border-radius: 4px; color: #fff; cursor: pointer;
  white-space: nowrap; box-shadow: 0 1px 3px rgba(0,0,0,.3); }
.ri-heat { pointer-events: none; border-radius: 10px; }
.ri-panel { position: absolute; right: 10px; top: 10px; z-index: 20; background: #fff; border: 1px solid #ccc;
  padding: 8px 10px; font: 12px sans-serif; max-height: 80%; overflow: auto; min-width: 260px;
  box-shadow: 0 2px 6px rgba(0,0,0,.2); }
.ri-panel table, .ri-dashboard table { border-collapse: collapse; margin: 4px 0 12px; }
.ri-panel td, .ri-panel th, .ri-dashboard td, .ri-dashboard th { border: 1px solid #ddd; padding: 2px 6px;
  text-align: left; }
.ri-dashboard td.ri-n, .ri-dashboard th.ri-n { text-align: right; }
.ri-dashboard a.ri-drill { cursor: pointer; text-decoration: underline; }
.ri-dashboard .ri-filters label { margin-right: 10px; }
.ri-dashboard .ri-none { color: #777; font-style: italic; }
.ri-dashboard .ri-error { color: #a00; }
`;

function addStyle() {
  if (!document.getElementById('refugio-insight-style')) {
    const style = document.createElement('style');
    style.id = 'refugio-insight-style';
    style.textContent = STYLE;
    document.head.appendChild(style);
  }
}

/** An element with attributes (on* are listeners) and children (strings become text, never HTML). */
function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null) continue;
    if (name.startsWith('on')) node.addEventListener(name.substring(2), value);
    else if (name === 'style') node.style.cssText = value;
    else node.setAttribute(name, value);
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined) node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

function query(params) {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value) search.set(name, value);
  return search.toString();
}

async function getJson(url, api) {
  const headers = { Accept: 'application/json' };
  const cookie = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='));
  const token = api.CSRFToken || (cookie && cookie.substring('XSRF-TOKEN='.length));
  if (token) headers['X-XSRF-TOKEN'] = token;
  const response = await fetch(url, { credentials: 'same-origin', headers });
  const text = await response.text();
  let body = {};
  try {
    body = text ? JSON.parse(text) : {};
  } catch (e) {
    body = { message: text.substring(0, 200) };
  }
  if (!response.ok) throw new Error(body.message || `Error ${response.status} (${url})`);
  return body;
}

/**
 * The engine's name, from the app's address (/camunda/app/cockpit/<engine>/): in Cockpit 7.24 the diagram plugin
 * point's api.engine holds the page's whole address instead.
 */
function engineOf(api) {
  const match = window.location.pathname.match(/\/app\/cockpit\/([^/]+)/);
  if (match) return match[1];
  return /^[A-Za-z0-9_-]+$/.test(api.engine || '') ? api.engine : 'default';
}

function duration(minutes) {
  if (minutes === null || minutes === undefined) return '—';
  if (minutes < 60) return `${Math.round(minutes)} min`;
  if (minutes < 60 * 24) return `${(minutes / 60).toFixed(1)} h`;
  return `${(minutes / 60 / 24).toFixed(1)} d`;
}

function days(value) {
  return value === null || value === undefined ? 'sin datos' : `${value.toFixed(1)} d`;
}

function hours(value) {
  return value === null || value === undefined ? 'sin datos' : `${value.toFixed(1)} h`;
}

function percent(share) {
  return share === null || share === undefined ? 'sin datos' : `${(share * 100).toFixed(1)} %`;
}

function dateTime(value) {
  return value ? new Date(value).toLocaleString('es-MX', { dateStyle: 'short', timeStyle: 'short' }) : '—';
}

/** Green (cool) to red (hot). */
function heat(ratio) {
  return `hsl(${Math.round(120 * (1 - Math.min(1, Math.max(0, ratio))))}, 75%, 42%)`;
}

// ---------------------------------------------------------------------------------------------------------------
// The overlay on the process definition's diagram

const overlayPlugin = {
  id: `${PLUGIN}-overlay`,
  pluginPoint: 'cockpit.processDefinition.diagram.plugin',
  priority: 10,
  render(viewer, { api, processDefinitionId: given }) {
    addStyle();
    // Cockpit 7.24 passes the definition id from the diagram directive's scope, which is sometimes not set yet:
    // the page's address names it too (#/process-definition/<id>/runtime)
    const processDefinitionId = given || decodeURIComponent((window.location.hash.split('/')[2] || '').split('?')[0]);
    const overlays = viewer.get('overlays');
    const elementRegistry = viewer.get('elementRegistry');
    const container = viewer.get('canvas').getContainer();
    const base = `${api.cockpitApi}/plugin/${PLUGIN}/${engineOf(api)}/activities`;
    const panel = el('div', { class: 'ri-panel', 'data-refugio-insight': 'panel' });
    container.style.position = container.style.position || 'relative';
    container.appendChild(panel);
    const filters = { from: '', to: '', office: '', modality: '' };

    function showFilters(message) {
      const from = el('input', { type: 'date', value: filters.from, 'aria-label': 'Desde' });
      const to = el('input', { type: 'date', value: filters.to, 'aria-label': 'Hasta' });
      const office = el('input', { type: 'text', size: 5, value: filters.office, placeholder: 'TAP',
        'aria-label': 'Oficina' });
      const modality = el('select', { 'aria-label': 'Modalidad' }, el('option', { value: '' }, 'Todas'),
        MODALITIES.map((m) => el('option', { value: m, ...(filters.modality === m ? { selected: '' } : {}) }, m)));
      panel.replaceChildren(
        el('strong', {}, 'Cuellos de botella'),
        el('div', {}, 'Periodo (vacío: últimos 12 meses):'),
        el('div', {}, from, ' – ', to),
        el('div', {}, 'Oficina ', office, ' Modalidad ', modality),
        el('button', { type: 'button', class: 'btn btn-xs btn-default', onclick: () => {
          Object.assign(filters, { from: from.value, to: to.value, office: office.value, modality: modality.value });
          load();
        } }, 'Aplicar'),
        message ? el('div', { class: 'ri-message' }, message) : null,
        el('div', {}, 'Cifra: en espera ahora · mediana · p90 del tiempo en la actividad. Clic: expedientes.'));
    }

    async function showWaiting(activityId, name) {
      showFilters(`Cargando expedientes en ${name}…`);
      try {
        const claims = await getJson(`${base}/waiting?${query({ processDefinitionId, activityId,
          office: filters.office, modality: filters.modality })}`, api);
        showFilters(null);
        panel.append(el('div', { 'data-refugio-insight': 'waiting' },
          el('strong', {}, `En espera en «${name}»: ${claims.length}${claims.length === 200 ? ' (primeros 200)' : ''}`),
          el('table', {}, el('tr', {}, el('th', {}, 'Expediente'), el('th', {}, 'Oficina'),
            el('th', {}, 'Modalidad'), el('th', {}, 'Próximo plazo')),
          claims.map((c) => el('tr', {}, el('td', {}, c.caseNumber), el('td', {}, c.office),
            el('td', {}, c.modality || '—'), el('td', {}, dateTime(c.nextDeadlineAt)))))));
      } catch (e) {
        showFilters(e.message);
      }
    }

    async function load() {
      overlays.remove({ type: PLUGIN });
      showFilters('Cargando…');
      let figures;
      try {
        figures = await getJson(`${base}?${query({ processDefinitionId, ...filters })}`, api);
      } catch (e) {
        showFilters(e.message);
        return;
      }
      showFilters(figures.length ? null : 'Sin cifras para este proceso o periodo.');
      const maxWaiting = Math.max(1, ...figures.map((f) => f.waiting));
      const maxP90 = Math.max(1, ...figures.map((f) => f.p90Minutes || 0));
      for (const figure of figures) {
        const element = elementRegistry.get(figure.activityId);
        if (!element || element.type === 'label' || !element.width) continue;
        const ratio = Math.max(figure.waiting / maxWaiting, (figure.p90Minutes || 0) / maxP90);
        const name = (element.businessObject && element.businessObject.name) || figure.activityId;
        overlays.add(figure.activityId, PLUGIN, {
          position: { top: 0, left: 0 },
          html: el('div', { class: 'ri-heat', style: `width:${element.width}px;height:${element.height}px;`
            + `background:${heat(ratio)};opacity:.35` }),
        });
        const badge = el('div', {
          class: 'ri-badge', style: `background:${heat(ratio)}`, 'data-refugio-insight': 'badge',
          'data-activity-id': figure.activityId, title: `${name}: ${figure.waiting} en espera ahora; `
            + `${figure.completed} pasaron por aquí en el periodo`,
          onclick: (event) => { event.stopPropagation(); showWaiting(figure.activityId, name); },
        }, `${figure.waiting} · ${duration(figure.medianMinutes)} · p90 ${duration(figure.p90Minutes)}`);
        overlays.add(figure.activityId, PLUGIN, { position: { top: -24, left: 0 }, html: badge });
      }
    }

    load();
    this.unmount = () => panel.remove();
  },
};

// ---------------------------------------------------------------------------------------------------------------
// The dashboard: on Cockpit's start page and on its own page, #/indicadores, under the navigation entry "Indicadores"

const ROUTE = '/indicadores';

function renderDashboard(node, api, page) {
  addStyle();
  const root = el('section', { class: 'ri-dashboard', 'data-refugio-insight': 'dashboard',
    'data-page': page, style: page === 'route' ? 'padding: 10px 20px; overflow: auto; height: 100%' : null });
  node.appendChild(root);
  const filters = { from: '', to: '', office: '', modality: '' };
  const drill = el('div', { 'data-refugio-insight': 'drilldown' });

  function url(path, extra = {}) {
    return `/api/insight/${path}?${query({ ...filters, ...extra })}`;
  }

  function csvLink(path, extra) {
    return el('a', { href: url(path, { ...extra, format: 'csv' }), download: '' }, 'CSV');
  }

  /** A number that opens the list of its claims. */
  function number(value, metric, extra = {}) {
    if (!value) return String(value ?? 0);
    const attributes = { class: 'ri-drill', 'data-metric': metric, onclick: () => drillDown(metric, extra) };
    if (extra.activityId) attributes['data-activity-id'] = extra.activityId;
    return el('a', attributes, String(value));
  }

  async function drillDown(metric, extra) {
    drill.replaceChildren('Cargando expedientes…');
    try {
      const result = await getJson(url('claims', { metric, ...extra }), api);
      const shown = result.total > result.claims.length
        ? `, se muestran del ${result.offset + 1} al ${result.offset + result.claims.length}` : '';
      const next = result.truncated ? el('button', { type: 'button', class: 'btn btn-default btn-xs',
        'data-refugio-insight': 'next-page',
        onclick: () => drillDown(metric, { ...extra, offset: result.offset + result.claims.length }) },
      'Siguientes') : '';
      drill.replaceChildren(
        el('h4', {}, `Expedientes (${result.total}${shown})`, ' ', csvLink('claims', { metric, ...extra }), ' ', next),
        el('table', {}, el('tr', {}, ['Expediente', 'Oficina', 'Modalidad', 'Estado', 'Registro', 'Cierre',
          'Motivo', 'Próximo plazo', 'Paso'].map((h) => el('th', {}, h))),
        result.claims.map((c) => el('tr', {}, el('td', {}, c.caseNumber), el('td', {}, c.office),
          el('td', {}, c.modality || '—'), el('td', {}, c.status), el('td', {}, dateTime(c.registeredAt)),
          el('td', {}, dateTime(c.closedAt)), el('td', {}, c.closureReason || '—'),
          el('td', {}, dateTime(c.nextDeadlineAt)), el('td', {}, c.step || '—')))));
      drill.scrollIntoView({ block: 'nearest' });
    } catch (e) {
      drill.replaceChildren(el('p', { class: 'ri-error' }, e.message));
    }
  }

  function table(headers, rows, attributes = {}) {
    return el('table', attributes, el('tr', {}, headers.map(([h, numeric]) => el('th', numeric ? { class: 'ri-n' } : {}, h))),
      rows.map((cells) => el('tr', {}, cells.map((cell, i) => el('td', headers[i][1] ? { class: 'ri-n' } : {},
        cell)))));
  }

  function filterBar() {
    const from = el('input', { type: 'date', name: 'from', value: filters.from });
    const to = el('input', { type: 'date', name: 'to', value: filters.to });
    const office = el('input', { type: 'text', name: 'office', size: 5, value: filters.office,
      placeholder: 'todas' });
    const modality = el('select', { name: 'modality' }, el('option', { value: '' }, 'Todas'),
      MODALITIES.map((m) => el('option', { value: m, ...(filters.modality === m ? { selected: '' } : {}) }, m)));
    return el('form', { class: 'ri-filters', onsubmit: (event) => {
      event.preventDefault();
      Object.assign(filters, { from: from.value, to: to.value, office: office.value, modality: modality.value });
      load();
    } }, el('label', {}, 'Desde ', from), el('label', {}, 'Hasta ', to), el('label', {}, 'Oficina ', office),
    el('label', {}, 'Modalidad ', modality), el('button', { type: 'submit', class: 'btn btn-default btn-sm' },
      'Aplicar'), el('span', {}, ' Sin periodo: los últimos 12 meses.'));
  }

  async function load() {
    root.replaceChildren(el('h3', {}, 'Gestión: rezago, plazos e indicadores'), filterBar(), 'Cargando…');
    let kpis;
    let backlog;
    let risk;
    let weekly;
    let bottlenecks;
    try {
      [kpis, backlog, risk, weekly, bottlenecks] = await Promise.all([getJson(url('kpis'), api),
        getJson(url('backlog'), api), getJson(url('deadline-risk'), api), getJson(url('concluded-weekly'), api),
        getJson(url('bottlenecks'), api)]);
    } catch (e) {
      root.replaceChildren(el('h3', {}, 'Gestión: rezago, plazos e indicadores'), filterBar(),
        el('p', { class: 'ri-error' }, e.message));
      return;
    }
    root.lastChild.remove();
    const coi = kpis.coiTurnaround;
    const interpreter = kpis.interpreterLeadTime;
    root.append(
      el('h4', {}, `Indicadores de los expedientes registrados del ${kpis.from} al ${kpis.to} `, csvLink('kpis')),
      table([['Registrados', true], ['Concluidos', true], ['En 20 días', true], ['% en 20 días', true],
        ['En 90 días', true], ['% en 90 días', true], ['Abandono', true], ['% abandono', true],
        ['Desistimiento', true], ['% desistimiento', true]],
      [[number(kpis.registered, 'registered'), number(kpis.concluded, 'concluded'),
        number(kpis.concludedWithin20Days, 'concludedWithin20Days'), percent(kpis.shareWithin20Days),
        number(kpis.concludedWithin90Days, 'concludedWithin90Days'), percent(kpis.shareWithin90Days),
        number(kpis.abandoned, 'abandoned'), percent(kpis.abandonmentRate),
        number(kpis.withdrawn, 'withdrawn'), percent(kpis.withdrawalRate)]]),
      el('h4', {}, 'Información de país de origen (COI): de la llegada al paso a la COI anexada ',
        csvLink('kpis')),
      table([['Llegaron al paso', true], ['Con COI', true], ['Al momento (repositorio)', true],
        ['Esperaron a la SRE', true], ['Pendientes', true], ['Mediana', true], ['p90', true]],
      [[number(coi.claims, 'coiReached'), number(coi.attached, 'coiAttached'),
        number(coi.servedFromRepository, 'coiFromRepository'), number(coi.waitedForSre, 'coiWaitedForSre'),
        number(coi.pending, 'coiPending'), days(coi.medianDays), days(coi.p90Days)]],
      { 'data-refugio-insight': 'coi' }),
      el('h4', {}, 'Reserva de intérpretes: de la solicitud a la confirmación ', csvLink('kpis')),
      table([['Reservas', true], ['Confirmadas por el proveedor', true], ['%', true],
        ['Agendadas a mano', true], ['%', true], ['Pendientes', true], ['Mediana', true], ['p90', true]],
      [[number(interpreter.bookings, 'interpreterBooked'), number(interpreter.confirmed, 'interpreterConfirmed'),
        percent(interpreter.confirmedShare), number(interpreter.manual, 'interpreterManual'),
        percent(interpreter.manualShare), number(interpreter.pending, 'interpreterPending'),
        hours(interpreter.medianHours), hours(interpreter.p90Hours)]],
      { 'data-refugio-insight': 'interpreter' }),
      el('h4', {}, 'Por mes, oficina y modalidad'),
      table([['Mes'], ['Oficina'], ['Modalidad'], ['Registrados', true], ['% en 20 días', true],
        ['% en 90 días', true], ['% abandono', true], ['% desistimiento', true], ['COI: mediana', true],
        ['Intérprete: mediana', true]],
      kpis.rows.map((r) => {
        const [year, month] = r.month.split('-').map(Number);
        const last = new Date(Date.UTC(year, month, 0)).toISOString().substring(0, 10);
        const scope = { from: `${r.month}-01`, to: last, office: r.office, modality: r.modality };
        return [r.month, r.office, r.modality || '—', number(r.registered, 'registered', scope),
          percent(r.shareWithin20Days), percent(r.shareWithin90Days), percent(r.abandonmentRate),
          percent(r.withdrawalRate), days(r.coiMedianDays), hours(r.interpreterMedianHours)];
      })),
      el('h4', {}, `Plazos legales: ${risk.past} vencidos, ${risk.dueSoon} vencen en ${risk.businessDays} `
        + 'días hábiles o menos ', csvLink('deadline-risk')),
      risk.rows.length ? table([['Oficina'], ['Plazo'], ['Vencidos', true], ['Por vencer', true]],
        risk.rows.map((r) => [r.office, r.deadline,
          number(r.past, 'deadlinePast', { office: r.office, deadline: r.deadline }),
          number(r.dueSoon, 'deadlineDueSoon', { office: r.office, deadline: r.deadline })]),
        { 'data-refugio-insight': 'deadline-risk' })
        : el('p', { class: 'ri-none' }, 'Ningún plazo vencido ni por vencer.'),
      el('h4', {}, 'Rezago: expedientes abiertos por oficina, paso, modalidad y antigüedad ', csvLink('backlog')),
      table([['Oficina'], ['Paso'], ['Modalidad'], ['0–30 días', true], ['31–90', true], ['91–180', true],
        ['> 180', true], ['Total', true]], backlog.map((r) => [r.office, r.step || '(sin tarea)',
        r.modality || '—', r.days0To30, r.days31To90, r.days91To180, r.daysOver180,
        number(r.total, 'backlog', { office: r.office, modality: r.modality })])),
      el('h4', {}, 'Concluidos por semana ', csvLink('concluded-weekly')),
      table([['Semana (lunes)'], ['Concluidos', true], ['Resueltos', true], ['Abandono', true],
        ['Desistimiento', true], ['Otros', true]], weekly.map((w) => {
        const end = new Date(`${w.weekStart}T00:00:00Z`);
        end.setUTCDate(end.getUTCDate() + 6);
        return [w.weekStart, number(w.concluded, 'closed', { from: w.weekStart,
          to: end.toISOString().substring(0, 10) }), w.decided, w.abandoned, w.withdrawn, w.other];
      })),
      el('h4', {}, 'Cuellos de botella por actividad ', csvLink('bottlenecks')),
      table([['Actividad'], ['En espera', true], ['Pasaron', true], ['Mediana', true], ['p90', true]],
        bottlenecks.filter((b) => b.waiting || b.completed).map((b) => [b.activityName || b.activityId,
          number(b.waiting, 'waiting', { activityId: b.activityId }), b.completed, duration(b.medianMinutes),
          duration(b.p90Minutes)])),
      drill);
  }

  load();
}

const dashboardPlugin = {
  id: `${PLUGIN}-dashboard`,
  pluginPoint: 'cockpit.dashboard',
  priority: 50,
  render(node, { api }) {
    renderDashboard(node, api, 'dashboard');
  },
};

const routePlugin = {
  id: `${PLUGIN}-route`,
  pluginPoint: 'cockpit.route',
  properties: { path: ROUTE, label: ROUTE },
  render(node, { api }) {
    renderDashboard(node, api, 'route');
  },
};

const navigationPlugin = {
  id: `${PLUGIN}-navigation`,
  pluginPoint: 'cockpit.navigation',
  priority: 5,
  properties: {
    pagePath: `#${ROUTE}`,
    label: 'Indicadores',
    checkActive: (path) => path.indexOf(`#${ROUTE}`) > -1,
  },
};

export default [overlayPlugin, dashboardPlugin, routePlugin, navigationPlugin];
