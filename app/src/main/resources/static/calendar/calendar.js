// The calendar page for policy staff: lists a year's non-working days and declares or removes days and suspensions
// through /api/calendar, with the session of the Camunda webapps. Changing requests carry that session's CSRF token,
// which every /api answer to the session hands out in its X-XSRF-TOKEN header.

import { call, element, session } from '/shared/api.js';

const API = '/api/calendar';
const KINDS = { STATUTORY: 'Inhábil por ley', DECLARED: 'Declarado', SUSPENSION: 'Suspensión de plazos' };
const WEEKDAY = new Intl.DateTimeFormat('es-MX', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });
const MOVED_HEADER = 'Refugio-Deadlines-Moved';

let officeNames = new Map();
let mayDeclareAt = { national: false, offices: [] };

function clearMessages() {
  document.getElementById('messages').replaceChildren();
  document.querySelectorAll('.invalid').forEach((input) => input.classList.remove('invalid'));
}

function showSuccess(text) {
  const messages = document.getElementById('messages');
  messages.append(element('p', text, { class: 'success' }));
  messages.scrollIntoView({ block: 'nearest' });
}

/** Shows an API error: its message, every field error, and marks the fields of the form that sent it. */
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
      list.append(element('li', `${fieldLabel(form, error.field)}: ${error.message}`));
      const input = form && form.elements.namedItem(error.field);
      if (input) {
        input.classList.add('invalid');
      }
    });
    box.append(list);
  }
  const messages = document.getElementById('messages');
  messages.append(box);
  messages.scrollIntoView({ block: 'nearest' });
}

function fieldLabel(form, field) {
  const input = form && form.elements.namedItem(field);
  const label = input && input.closest('label');
  return label ? label.firstChild.textContent.trim() : field;
}

function moved(count) {
  const n = Number(count || 0);
  if (n === 0) {
    return 'Ningún plazo en curso cambió.';
  }
  return n === 1 ? 'Se movió 1 plazo en curso.' : `Se movieron ${n} plazos en curso.`;
}

function officeLabel(code) {
  return code ? `${officeNames.get(code) || code} (${code})` : 'Nacional';
}

function formatDay(iso) {
  return `${iso} · ${WEEKDAY.format(new Date(`${iso}T00:00:00Z`))}`;
}

/** Consecutive suspension days of one agreement and office, shown (and lifted) as one period. */
function groupSuspensions(days) {
  const rows = [];
  days.forEach((day) => {
    const last = rows[rows.length - 1];
    if (day.kind === 'SUSPENSION' && last && last.kind === 'SUSPENSION' && last.office === day.office
        && last.reference === day.reference && last.reason === day.reason && nextDay(last.to) === day.date) {
      last.to = day.date;
    } else {
      rows.push({ ...day, to: day.date });
    }
  });
  return rows;
}

function nextDay(iso) {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

async function showYear() {
  const filter = document.getElementById('filter');
  const params = new URLSearchParams({ year: filter.elements.year.value });
  if (filter.elements.office.value) {
    params.set('office', filter.elements.office.value);
  }
  const result = await call('GET', `${API}/non-working-days?${params}`);
  const body = document.querySelector('#days tbody');
  body.replaceChildren();
  if (!result.ok) {
    showError(result, filter);
    return;
  }
  // statutory days and suspensions interleave by date; group each suspension's consecutive days
  const days = result.body.days.filter((day) => day.kind !== 'SUSPENSION');
  const suspensions = groupSuspensions(result.body.days.filter((day) => day.kind === 'SUSPENSION'));
  [...days, ...suspensions].sort((a, b) => a.date.localeCompare(b.date)).forEach((day) => {
    body.append(row(day));
  });
  if (body.children.length === 0) {
    const empty = element('tr');
    empty.append(element('td', 'No hay días inhábiles.', { colspan: '7' }));
    body.append(empty);
  }
}

function row(day) {
  const tr = element('tr', null, { class: day.kind.toLowerCase() });
  const when = day.kind === 'SUSPENSION' && day.to !== day.date
    ? `${formatDay(day.date)} al ${formatDay(day.to)}` : formatDay(day.date);
  tr.append(element('td', when));
  tr.append(element('td', KINDS[day.kind] || day.kind));
  tr.append(element('td', day.name || day.reason));
  tr.append(element('td', day.reference || '—'));
  tr.append(element('td', day.kind === 'STATUTORY' ? 'Nacional' : officeLabel(day.office)));
  tr.append(element('td', day.declaredBy
    ? `${day.declaredBy}, ${new Date(day.declaredAt).toLocaleString('es-MX')}` : '—'));
  const actions = element('td');
  const mayChange = day.office ? mayDeclareAt.offices.includes(day.office) : mayDeclareAt.national;
  if (!mayChange) {
    // nothing to offer
  } else if (day.kind === 'DECLARED') {
    actions.append(button('Eliminar', () => removeDay(day)));
  } else if (day.kind === 'SUSPENSION') {
    actions.append(button('Levantar', () => liftSuspension(day)));
  }
  tr.append(actions);
  return tr;
}

function button(text, onClick) {
  const node = element('button', text, { type: 'button' });
  node.addEventListener('click', onClick);
  return node;
}

function officeQuery(office) {
  return office ? `office=${encodeURIComponent(office)}` : '';
}

async function removeDay(day) {
  if (!window.confirm(`¿Eliminar el día inhábil ${day.date} (${officeLabel(day.office)})?`)) {
    return;
  }
  clearMessages();
  const query = officeQuery(day.office);
  const result = await call('DELETE', `${API}/non-working-days/${day.date}${query ? `?${query}` : ''}`);
  if (result.ok) {
    showSuccess(`Día ${day.date} eliminado. ${moved(result.headers.get(MOVED_HEADER))}`);
  } else {
    showError(result);
  }
  await showYear();
}

async function liftSuspension(day) {
  if (!window.confirm(`¿Levantar la suspensión del ${day.date} al ${day.to} (${officeLabel(day.office)})?`)) {
    return;
  }
  clearMessages();
  const params = new URLSearchParams({ from: day.date, to: day.to });
  if (day.office) {
    params.set('office', day.office);
  }
  const result = await call('DELETE', `${API}/suspensions?${params}`);
  if (result.ok) {
    showSuccess(`Suspensión del ${day.date} al ${day.to} levantada. ${moved(result.headers.get(MOVED_HEADER))}`);
  } else {
    showError(result);
  }
  await showYear();
}

function values(form) {
  const data = {};
  new FormData(form).forEach((value, name) => {
    if (String(value).trim() !== '') {
      data[name] = String(value).trim();
    }
  });
  return data;
}

async function declareDay(event) {
  event.preventDefault();
  clearMessages();
  const form = event.target;
  const result = await call('POST', `${API}/non-working-days`, values(form));
  if (result.ok) {
    showSuccess(`El ${result.body.date} quedó declarado inhábil (${officeLabel(result.body.office)}). `
      + moved(result.body.deadlinesMoved));
    form.reset();
    await showYear();
  } else {
    showError(result, form);
  }
}

async function suspend(event) {
  event.preventDefault();
  clearMessages();
  const form = event.target;
  const result = await call('POST', `${API}/suspensions`, values(form));
  if (result.ok) {
    showSuccess(`Plazos suspendidos del ${result.body.from} al ${result.body.to} (${officeLabel(result.body.office)}):`
      + ` ${result.body.daysDeclared} días declarados. ${moved(result.body.deadlinesMoved)}`);
    form.reset();
    await showYear();
  } else {
    showError(result, form);
  }
}

async function start() {
  const user = await session();
  if (!user) {
    window.location.assign('/camunda/app/welcome/default/');
    return;
  }
  document.getElementById('user').textContent = `Sesión: ${user.userId}`;
  const offices = await call('GET', `${API}/offices`);
  if (!offices.ok) {
    showError(offices);
    return;
  }
  officeNames = new Map(offices.body.offices.map((office) => [office.code, office.name]));
  document.querySelectorAll('select[name=office]').forEach((select) => {
    const declaring = select.closest('#declare, #suspend') !== null;
    offices.body.offices
      .filter((office) => !declaring || offices.body.mayDeclareAt.includes(office.code))
      .forEach((office) => select.append(element('option', `${office.name} (${office.code})`,
        { value: office.code })));
  });
  const mayDeclare = offices.body.mayDeclareNationally;
  mayDeclareAt = { national: mayDeclare, offices: offices.body.mayDeclareAt };
  document.getElementById('declare').hidden = !mayDeclare;
  document.getElementById('suspend').hidden = !mayDeclare;
  if (!mayDeclare) {
    document.querySelector('#days thead th:last-child').hidden = true;
  }
  const filter = document.getElementById('filter');
  filter.elements.year.value = new Date().getFullYear();
  filter.addEventListener('submit', (event) => {
    event.preventDefault();
    clearMessages();
    showYear();
  });
  document.getElementById('day-form').addEventListener('submit', declareDay);
  document.getElementById('suspension-form').addEventListener('submit', suspend);
  await showYear();
}

start();
