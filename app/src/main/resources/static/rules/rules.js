// The rules workbench page for policy staff: lists the deployed decisions, edits the latest version of one in the
// vendored dmn-js modeler, saves it as a draft and shows its validation (at the rule and cell), its test cases and
// its effect on the open claims; submits it, approves or rejects a colleague's draft, restores an earlier version.
// Everything goes through /api/rules with the Camunda webapps' session; changing requests carry that session's CSRF
// token, which every /api answer to the session hands out in its X-XSRF-TOKEN header.

const API = '/api/rules';
const ORIGINS = { APPLICATION: 'Con la aplicación', APPROVED_DRAFT: 'Borrador aprobado', ROLLBACK: 'Restauración' };
const DATE = new Intl.DateTimeFormat('es-MX', { dateStyle: 'medium', timeStyle: 'short' });

let csrfToken = null;
let currentUser = null;
let decisionKey = null;
let modeler = null;
let draftId = null;
let draftXml = null;

async function session() {
  const response = await fetch('/camunda/api/admin/auth/user/default', { credentials: 'same-origin' });
  return response.ok ? response.json() : null;
}

/** Calls the API; resolves to {status, ok, body, text} and never rejects for an HTTP error. */
async function call(method, path, body, contentType = 'application/json') {
  const headers = { Accept: 'application/json, application/xml;q=0.9' };
  if (body !== undefined) {
    headers['Content-Type'] = contentType;
  }
  if (method !== 'GET' && csrfToken) {
    headers['X-XSRF-TOKEN'] = csrfToken;
  }
  const response = await fetch(path, {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? undefined : (contentType === 'application/json' ? JSON.stringify(body) : body),
  });
  csrfToken = response.headers.get('X-XSRF-TOKEN') || csrfToken;
  const text = await response.text();
  let json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = response.ok ? null : { message: `Respuesta inesperada del servidor (${response.status}).`, errors: [] };
  }
  return { status: response.status, ok: response.ok, body: json, text };
}

function element(tag, text, attributes = {}) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) {
    node.textContent = text;
  }
  Object.entries(attributes).forEach(([name, value]) => node.setAttribute(name, value));
  return node;
}

function button(text, onClick) {
  const node = element('button', text, { type: 'button' });
  node.addEventListener('click', onClick);
  return node;
}

function row(cells) {
  const tr = element('tr');
  cells.forEach((cell) => {
    const td = element('td');
    if (cell instanceof Node) {
      td.append(cell);
    } else {
      td.textContent = cell === null || cell === undefined ? '' : String(cell);
    }
    tr.append(td);
  });
  return tr;
}

function when(iso) {
  return iso ? DATE.format(new Date(iso)) : '';
}

function clearMessages() {
  document.getElementById('messages').replaceChildren();
}

function showSuccess(text) {
  const messages = document.getElementById('messages');
  messages.replaceChildren(element('p', text, { class: 'success' }));
  messages.scrollIntoView({ block: 'nearest' });
}

/** Shows an API refusal: its message and every problem with its rule and column. */
function showError(result) {
  const box = element('div', null, { class: 'error' });
  const message = result.status === 401
    ? 'Su sesión terminó: vuelva a iniciar sesión en Tasklist y recargue esta página.'
    : (result.body && result.body.message) || `Error del servidor (${result.status}).`;
  box.append(element('strong', message));
  const errors = (result.body && result.body.errors) || [];
  if (errors.length > 0) {
    const list = element('ul');
    errors.forEach((error) => list.append(element('li', problemText(error))));
    box.append(list);
  }
  const messages = document.getElementById('messages');
  messages.replaceChildren(box);
  messages.scrollIntoView({ block: 'nearest' });
}

function problemText(problem) {
  if (problem.field) {
    return `${problem.field}: ${problem.message}`;
  }
  return problem.message;
}

// --- decisions and versions

async function showDecisions() {
  const result = await call('GET', API);
  const body = document.querySelector('#decisions tbody');
  body.replaceChildren();
  if (!result.ok) {
    showError(result);
    return;
  }
  result.body.forEach((decision) => {
    body.append(row([
      `${decision.name || decision.key} (${decision.key})`, decision.latestVersion, when(decision.deployedAt),
      decision.deployedBy, decision.reason, button('Abrir', () => openDecision(decision.key, decision.name)),
    ]));
  });
}

async function openDecision(key, name) {
  clearMessages();
  decisionKey = key;
  draftId = null;
  document.getElementById('workspace').hidden = false;
  document.getElementById('result').hidden = true;
  document.getElementById('decision-name').textContent = `${name || key} (${key})`;
  document.getElementById('download').href = `${API}/${encodeURIComponent(key)}/dmn`;
  await loadLatest();
  await Promise.all([showVersions(), showPending(), showTestCases([])]);
}

async function loadLatest() {
  const result = await call('GET', `${API}/${encodeURIComponent(decisionKey)}/dmn`);
  if (!result.ok) {
    showError(result);
    return;
  }
  await importXml(result.text);
}

async function importXml(xml) {
  if (!modeler) {
    modeler = new window.DmnJS({ container: '#editor', common: { keyboard: { bindTo: document } } });
  }
  await modeler.importXML(xml);
  const table = modeler.getViews().find((view) => view.type === 'decisionTable'
    && view.element.id === decisionKey);
  if (table) {
    await modeler.open(table);
  }
}

async function showVersions() {
  const result = await call('GET', `${API}/${encodeURIComponent(decisionKey)}/versions`);
  const body = document.querySelector('#versions tbody');
  body.replaceChildren();
  if (!result.ok) {
    showError(result);
    return;
  }
  result.body.forEach((version) => {
    const actions = element('span');
    const link = element('a', 'Descargar', {
      href: `${API}/${encodeURIComponent(decisionKey)}/dmn?version=${version.version}`,
    });
    actions.append(link);
    if (!version.latest) {
      actions.append(' ', button('Restaurar', () => rollback(version.version)));
    }
    const origin = ORIGINS[version.origin] || version.origin;
    body.append(row([
      version.latest ? `${version.version} (vigente)` : version.version, when(version.deployedAt),
      version.restoredVersion ? `${origin} de la versión ${version.restoredVersion}` : origin,
      version.author, version.approver, version.reason, actions,
    ]));
  });
}

async function rollback(version) {
  const reason = window.prompt(`¿Por qué restaurar la versión ${version}? (queda en el historial)`);
  if (reason === null) {
    return;
  }
  const result = await call('POST', `${API}/${encodeURIComponent(decisionKey)}/rollback`, { version, reason });
  if (result.ok) {
    showSuccess(`Se desplegó la versión ${result.body.version}, con las reglas de la versión ${version}.`);
    await loadLatest();
    await Promise.all([showVersions(), showDecisions()]);
  } else {
    showError(result);
  }
}

// --- drafts

async function validateDraft() {
  clearMessages();
  const { xml } = await modeler.saveXML({ format: true });
  const created = await call('POST', `${API}/${encodeURIComponent(decisionKey)}/drafts`, xml, 'application/xml');
  if (!created.ok) {
    showError(created);
    return;
  }
  draftId = created.body.id;
  draftXml = xml;
  await showDraft(draftId);
}

async function showDraft(id) {
  const result = await call('GET', `${API}/drafts/${id}/validation`);
  if (!result.ok) {
    showError(result);
    return;
  }
  const validation = result.body;
  document.getElementById('result').hidden = false;
  document.getElementById('draft-id').textContent = `n.º ${id}`;
  showProblems(validation);
  await showTestCases(validation.testCases);
  const summary = document.getElementById('tests-summary');
  summary.textContent = validation.valid
    ? `${validation.testsPassed} de ${validation.testsPassed + validation.testsFailed} casos de prueba se cumplen.`
    : 'Los casos de prueba se ejecutan cuando la tabla no tiene errores.';
  summary.className = validation.testsFailed > 0 || !validation.valid ? 'failed' : 'passed';
  const submit = document.querySelector('#submit-form button');
  submit.disabled = !validation.submittable || validation.status !== 'DRAFT';
  const impact = document.getElementById('impact');
  impact.replaceChildren();
  if (validation.valid) {
    impact.append(element('p', 'Calculando…'));
    const preview = await call('GET', `${API}/drafts/${id}/impact`);
    showImpact(preview);
  }
  document.getElementById('result').scrollIntoView({ block: 'start' });
}

function showProblems(validation) {
  const box = document.getElementById('problems');
  box.replaceChildren();
  markCells([]);
  if (validation.errors.length === 0 && validation.warnings.length === 0) {
    box.append(element('p', 'El motor de decisiones acepta la tabla: sin errores ni advertencias.',
      { class: 'passed' }));
    return;
  }
  const list = element('ul', null, { class: 'problems' });
  validation.errors.forEach((problem) => list.append(element('li', problem.message, { class: 'failed' })));
  validation.warnings.forEach((problem) => list.append(element('li', `Advertencia: ${problem.message}`,
    { class: 'warning' })));
  box.append(element('p', validation.valid ? 'La tabla no tiene errores.'
    : `La tabla tiene ${validation.errors.length} error(es); no puede enviarse a aprobación.`,
  { class: validation.valid ? 'passed' : 'failed' }));
  box.append(list);
  markCells(validation.errors);
}

/** Marks in the editor the rule and cell of each problem. */
function markCells(problems) {
  document.querySelectorAll('#editor .refugio-problem, #editor .refugio-problem-row').forEach((cell) => {
    cell.classList.remove('refugio-problem', 'refugio-problem-row');
  });
  const columns = columnIds();
  problems.filter((problem) => problem.rule).forEach((problem) => {
    document.querySelectorAll(`#editor td[data-row-id="${CSS.escape(problem.rule)}"]`)
      .forEach((cell) => cell.classList.add('refugio-problem-row'));
    const column = columns.get(problem.column);
    if (column) {
      document.querySelectorAll(`#editor td[data-row-id="${CSS.escape(problem.rule)}"]`
        + `[data-col-id="${CSS.escape(column)}"]`).forEach((cell) => cell.classList.add('refugio-problem'));
    }
  });
}

/** Input expression text and output name → the column's element id, from the draft's XML. */
function columnIds() {
  const ids = new Map();
  if (!draftXml) {
    return ids;
  }
  const xml = new DOMParser().parseFromString(draftXml, 'application/xml');
  const decision = [...xml.getElementsByTagNameNS('*', 'decision')].find((d) => d.getAttribute('id') === decisionKey);
  if (!decision) {
    return ids;
  }
  [...decision.getElementsByTagNameNS('*', 'input')].forEach((input) => {
    const text = input.getElementsByTagNameNS('*', 'text')[0];
    if (text) {
      ids.set(text.textContent.trim(), input.getAttribute('id'));
    }
  });
  [...decision.getElementsByTagNameNS('*', 'output')].forEach((output) => {
    ids.set(output.getAttribute('name'), output.getAttribute('id'));
  });
  return ids;
}

function showImpact(preview) {
  const impact = document.getElementById('impact');
  impact.replaceChildren();
  if (!preview.ok) {
    impact.append(element('p', (preview.body && preview.body.message) || 'No se pudo calcular el efecto.'));
    return;
  }
  const { openClaims, changedClaims, changes } = preview.body;
  impact.append(element('p', changedClaims === 0
    ? `Ninguna de las ${openClaims} solicitudes abiertas tendría otro resultado.`
    : `${changedClaims} de ${openClaims} solicitudes abiertas tendrían otro resultado:`, { id: 'impact-summary' }));
  if (changes.length > 0) {
    const list = element('ul');
    changes.forEach((change) => {
      const item = element('li');
      item.append(element('strong', `${change.claims} ${change.claims === 1 ? 'solicitud pasaría' : 'solicitudes'
        + ' pasarían'} de ${change.description}`));
      item.append(element('br'), element('small', change.caseNumbers.join(', ')
        + (change.caseNumbers.length < change.claims ? ' …' : '')));
      list.append(item);
    });
    impact.append(list);
  }
}

async function submitDraft(event) {
  event.preventDefault();
  clearMessages();
  const reason = event.target.elements.reason.value;
  const result = await call('POST', `${API}/drafts/${draftId}/submit`, { reason });
  if (result.ok) {
    showSuccess(`El borrador ${draftId} quedó pendiente de aprobación. Otra persona del personal de políticas debe `
      + 'aprobarlo.');
    event.target.reset();
    document.querySelector('#submit-form button').disabled = true;
    await showPending();
  } else {
    showError(result);
  }
}

async function showPending() {
  const result = await call('GET', `${API}/${encodeURIComponent(decisionKey)}/drafts`);
  const body = document.querySelector('#pending tbody');
  body.replaceChildren();
  if (!result.ok) {
    showError(result);
    return;
  }
  result.body.filter((draft) => draft.status === 'SUBMITTED').forEach((draft) => {
    const actions = element('span');
    actions.append(button('Ver', () => viewDraft(draft.id)));
    if (draft.author !== currentUser) {
      actions.append(' ', button('Aprobar y desplegar', () => approve(draft.id)));
    }
    actions.append(' ', button('Rechazar', () => reject(draft.id)));
    body.append(row([`n.º ${draft.id}`, draft.author, when(draft.submittedAt), draft.reason, actions]));
  });
  if (!body.hasChildNodes()) {
    const empty = row(['No hay borradores pendientes.']);
    empty.firstChild.colSpan = 5;
    body.append(empty);
  }
}

async function viewDraft(id) {
  const result = await call('GET', `${API}/drafts/${id}`);
  if (!result.ok) {
    showError(result);
    return;
  }
  await importXml(result.body.dmnXml);
  draftId = id;
  draftXml = result.body.dmnXml;
  await showDraft(id);
}

async function approve(id) {
  clearMessages();
  const result = await call('POST', `${API}/drafts/${id}/approve`, {});
  if (result.ok) {
    showSuccess(`Se desplegó la versión ${result.body.version} de ${decisionKey}: se aplica desde la siguiente `
      + 'evaluación.');
    await loadLatest();
    await Promise.all([showVersions(), showPending(), showDecisions()]);
  } else {
    showError(result);
  }
}

async function reject(id) {
  const reason = window.prompt(`¿Por qué se rechaza el borrador ${id}?`);
  if (reason === null) {
    return;
  }
  const result = await call('POST', `${API}/drafts/${id}/reject`, { reason });
  if (result.ok) {
    showSuccess(`El borrador ${id} quedó rechazado.`);
    await showPending();
  } else {
    showError(result);
  }
}

// --- test cases

async function showTestCases(results) {
  const result = await call('GET', `${API}/${encodeURIComponent(decisionKey)}/test-cases`);
  const body = document.querySelector('#tests tbody');
  body.replaceChildren();
  if (!result.ok) {
    showError(result);
    return;
  }
  const byId = new Map((results || []).map((r) => [r.id, r]));
  result.body.forEach((testCase) => {
    const outcome = byId.get(testCase.id);
    const status = element('span', outcome ? (outcome.passed ? 'Se cumple' : `Falla: ${outcome.message}`) : '',
      { class: outcome ? (outcome.passed ? 'passed' : 'failed') : '' });
    const actions = element('span');
    actions.append(button('Editar', () => editTestCase(testCase)), ' ',
      button('Eliminar', () => deleteTestCase(testCase)));
    body.append(row([testCase.name, element('code', JSON.stringify(testCase.inputs)),
      element('code', JSON.stringify(testCase.expected)), status, actions]));
  });
}

function editTestCase(testCase) {
  const form = document.getElementById('test-form');
  form.elements.id.value = testCase.id;
  form.elements.name.value = testCase.name;
  form.elements.inputs.value = JSON.stringify(testCase.inputs, null, 1);
  form.elements.expected.value = JSON.stringify(testCase.expected, null, 1);
  form.scrollIntoView({ block: 'nearest' });
}

async function saveTestCase(event) {
  event.preventDefault();
  clearMessages();
  const form = event.target;
  let inputs;
  let expected;
  try {
    inputs = JSON.parse(form.elements.inputs.value);
    expected = JSON.parse(form.elements.expected.value);
  } catch {
    showError({ status: 400, body: { message: 'Entradas y salidas esperadas deben ser objetos JSON, p. ej. '
      + '{"nationality": "GT", "detained": false}.', errors: [] } });
    return;
  }
  const id = form.elements.id.value;
  const body = { name: form.elements.name.value, inputs, expected };
  const path = `${API}/${encodeURIComponent(decisionKey)}/test-cases${id ? `/${id}` : ''}`;
  const result = await call(id ? 'PUT' : 'POST', path, body);
  if (result.ok) {
    showSuccess(`Caso de prueba «${result.body.name}» guardado.`);
    form.reset();
    form.elements.id.value = '';
    if (draftId) {
      await showDraft(draftId);
    } else {
      await showTestCases([]);
    }
  } else {
    showError(result);
  }
}

async function deleteTestCase(testCase) {
  if (!window.confirm(`¿Eliminar el caso de prueba «${testCase.name}»?`)) {
    return;
  }
  const result = await call('DELETE', `${API}/${encodeURIComponent(decisionKey)}/test-cases/${testCase.id}`);
  if (result.ok) {
    showSuccess(`Caso de prueba «${testCase.name}» eliminado.`);
    await showTestCases([]);
  } else {
    showError(result);
  }
}

async function start() {
  const user = await session();
  if (!user) {
    window.location.assign('/camunda/app/welcome/default/');
    return;
  }
  currentUser = user.userId;
  document.getElementById('user').textContent = `Sesión: ${user.userId}`;
  document.getElementById('validate').addEventListener('click', validateDraft);
  document.getElementById('reload').addEventListener('click', async () => {
    clearMessages();
    await loadLatest();
  });
  document.getElementById('submit-form').addEventListener('submit', submitDraft);
  document.getElementById('test-form').addEventListener('submit', saveTestCase);
  await showDecisions();
}

start();
