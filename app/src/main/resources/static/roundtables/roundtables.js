// The roundtables' gap report page: a coordinator or member picks a roundtable and a period, reads the figures from
// /api/roundtables/{id}/gaps, drills into the cases behind a number (/gaps/cases) and downloads the CSV or PDF, with
// the session of the Camunda webapps. The page only reads, so it needs no CSRF token.

import { call as callApi, element, session } from '/shared/api.js';

const API = '/api/roundtables';
const STATUS = { OPEN: 'Abierto', CLOSED: 'Cerrado' };

/** The page only reads. */
function call(path) {
  return callApi('GET', path);
}

let current = null;

function clearMessages() {
  document.getElementById('messages').replaceChildren();
  document.querySelectorAll('.invalid').forEach((input) => input.classList.remove('invalid'));
}

function showError(result, form) {
  const box = element('p', null, { class: 'error' });
  const message = result.status === 401
    ? 'Su sesión terminó: vuelva a iniciar sesión en Tasklist y recargue esta página.'
    : (result.body && result.body.message) || `Error del servidor (${result.status}).`;
  box.append(element('strong', message));
  const errors = (result.body && result.body.errors) || [];
  if (errors.length > 0) {
    const list = element('ul');
    errors.forEach((error) => {
      list.append(element('li', error.message));
      const input = form && form.elements.namedItem(error.field);
      if (input) {
        input.classList.add('invalid');
      }
    });
    box.append(list);
  }
  document.getElementById('messages').append(box);
}

function period() {
  return `from=${encodeURIComponent(current.from)}&to=${encodeURIComponent(current.to)}`;
}

function trend(figure) {
  if (figure.previous === undefined || figure.previous === null) {
    return '';
  }
  const change = figure.total - figure.previous;
  return `${figure.previous} (${change > 0 ? '+' : ''}${change})`;
}

/** A table of figures; each total is a button that lists the cases behind it. */
function fillTable(id, what, figures, filter) {
  const table = document.getElementById(id);
  const head = element('tr');
  [what, 'Total', 'Abiertas', 'Cerradas'].forEach((name, i) => head.append(element('th', name,
    { scope: 'col', class: i === 0 ? '' : 'number' })));
  if (filter !== 'month') {
    head.append(element('th', 'Periodo anterior (cambio)', { scope: 'col', class: 'number' }));
  }
  const body = element('tbody');
  if (figures.length === 0) {
    const row = element('tr');
    row.append(element('td', 'Sin brechas en el periodo.', { colspan: '5' }));
    body.append(row);
  }
  figures.forEach((figure) => {
    const row = element('tr', null, { 'data-key': figure.key });
    row.append(element('td', figure.label));
    const total = element('td', null, { class: 'number' });
    if (filter !== 'month' && figure.total > 0) {
      const button = element('button', String(figure.total), {
        type: 'button', title: `Ver los casos: ${figure.label}`, 'data-filter': filter, 'data-key': figure.key,
      });
      button.addEventListener('click', () => showCases(filter, figure.key, figure.label));
      total.append(button);
    } else {
      total.textContent = String(figure.total);
    }
    row.append(total, element('td', String(figure.open), { class: 'number' }),
      element('td', String(figure.closed), { class: 'number' }));
    if (filter !== 'month') {
      row.append(element('td', trend(figure), { class: 'number' }));
    }
    body.append(row);
  });
  table.replaceChildren(element('thead'), body);
  table.tHead.append(head);
}

function showReport(report) {
  document.getElementById('report').hidden = false;
  document.getElementById('report-title').textContent = report.roundtableName;
  document.getElementById('report-scope').textContent = `${report.place} · ${report.theme} · del ${report.from} al `
    + `${report.to} (periodo anterior: del ${report.previousFrom} al ${report.previousTo})`;
  const summary = document.getElementById('summary');
  summary.replaceChildren();
  [['Brechas en el periodo', report.total, 'total'], ['Abiertas al final', report.open, 'open'],
    ['Cerradas', report.closed, 'closed'], ['Periodo anterior', report.previousTotal, 'previous'],
    ['Cambio', `${report.change > 0 ? '+' : ''}${report.change}`, 'change']].forEach(([label, value, id]) => {
    const box = element('div', null, { id: `summary-${id}` });
    box.append(element('strong', String(value)), document.createTextNode(label));
    summary.append(box);
  });
  document.getElementById('download-csv').href = `${API}/${current.id}/gaps.csv?${period()}`;
  document.getElementById('download-pdf').href = `${API}/${current.id}/gaps.pdf?${period()}`;
  fillTable('by-theme', 'Tema', report.byTheme, 'theme');
  fillTable('by-institution', 'Institución', report.byInstitution, 'institution');
  fillTable('by-reason', 'Motivo', report.byReason, 'reason');
  fillTable('by-month', 'Mes', report.byMonth, 'month');
}

async function showCases(filter, key, label) {
  clearMessages();
  const result = await call(`${API}/${current.id}/gaps/cases?${period()}&${filter}=${encodeURIComponent(key)}`);
  if (!result.ok) {
    showError(result);
    return;
  }
  const { cases, view, truncated, limit } = result.body;
  const full = view === 'FULL';
  document.getElementById('cases').hidden = false;
  document.getElementById('cases-title').textContent = `Casos: ${label}`;
  document.getElementById('cases-note').textContent = (full
    ? 'Cada número de expediente que se muestra queda registrado en la bitácora de consultas del expediente.'
    : 'Como miembro externo de la mesa ve una referencia seudónima y el municipio, sin datos personales.')
    + (truncated ? ` Se muestran los primeros ${limit}.` : '');
  const table = document.getElementById('case-list');
  const head = element('tr');
  const columns = full
    ? ['Referencia', 'Expediente', 'Tema', 'Institución', 'Motivo', 'Municipio', 'Desde', 'Estado']
    : ['Referencia', 'Tema', 'Institución', 'Motivo', 'Municipio', 'Estado'];
  columns.forEach((name) => head.append(element('th', name, { scope: 'col' })));
  const body = element('tbody');
  cases.forEach((gap) => {
    const row = element('tr');
    const cells = full
      ? [gap.reference, gap.caseNumber, gap.themeLabel, gap.institutionName, gap.reasonLabel, gap.municipality,
        gap.openedOn, gap.open ? 'Abierta' : 'Cerrada']
      : [gap.reference, gap.themeLabel, gap.institutionName, gap.reasonLabel, gap.municipality,
        gap.open ? 'Abierta' : 'Cerrada'];
    cells.forEach((text) => row.append(element('td', text || '')));
    body.append(row);
  });
  table.replaceChildren(element('thead'), body);
  table.tHead.append(head);
  document.getElementById('cases').scrollIntoView({ block: 'nearest' });
}

async function showAgreements() {
  const result = await call(`${API}/${current.id}/agreements`);
  const section = document.getElementById('agreements');
  if (!result.ok || result.body.length === 0) {
    section.hidden = true;
    return;
  }
  section.hidden = false;
  const table = document.getElementById('agreement-list');
  const head = element('tr');
  ['Sesión', 'Acuerdo', 'Responsable', 'Fecha compromiso', 'Estado', 'Último avance']
    .forEach((name) => head.append(element('th', name, { scope: 'col' })));
  const body = element('tbody');
  result.body.forEach((agreement) => {
    const row = element('tr');
    const status = STATUS[agreement.status] + (agreement.overdue ? ' (vencido)' : '');
    [agreement.heldOn, agreement.text, agreement.responsibleInstitutionName, agreement.dueDate, status,
      agreement.lastNote].forEach((text) => row.append(element('td', text || '')));
    body.append(row);
  });
  table.replaceChildren(element('thead'), body);
  table.tHead.append(head);
}

async function loadReport(event) {
  event.preventDefault();
  clearMessages();
  const form = event.target;
  current = { id: form.elements.roundtable.value, from: form.elements.from.value, to: form.elements.to.value };
  document.getElementById('cases').hidden = true;
  const result = await call(`${API}/${current.id}/gaps?${period()}`);
  if (!result.ok) {
    document.getElementById('report').hidden = true;
    showError(result, form);
    return;
  }
  showReport(result.body);
  await showAgreements();
}

function isoDay(date) {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate())
    .padStart(2, '0')}`;
}

async function start() {
  const user = await session();
  if (!user) {
    window.location.assign('/camunda/app/welcome/default/');
    return;
  }
  document.getElementById('user').textContent = `Sesión: ${user.userId}`;
  const result = await call(API);
  if (!result.ok) {
    showError(result);
    return;
  }
  const form = document.getElementById('report-form');
  const select = form.elements.roundtable;
  if (result.body.length === 0) {
    document.getElementById('messages').append(element('p',
      'No es miembro de ninguna mesa. Pida a la coordinación nacional de inclusión que lo agregue.',
      { class: 'error' }));
  }
  result.body.forEach((roundtable) => select.append(element('option',
    `${roundtable.name} (${roundtable.levelLabel}, ${roundtable.themeLabel})`, { value: String(roundtable.id) })));
  // the last three full months and this one
  const today = new Date();
  form.elements.from.value = isoDay(new Date(today.getFullYear(), today.getMonth() - 3, 1));
  form.elements.to.value = isoDay(today);
  form.addEventListener('submit', loadReport);
}

start();
