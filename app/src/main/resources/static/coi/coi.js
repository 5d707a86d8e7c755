// The COI research unit's page: searches the repository (/api/coi/documents) by country, tag and text, opens a
// document's file, adds documents and tags, retags a document, and lists the open requests to SRE with how many claims
// wait for each (/api/coi/requests/waiting, which only this unit may read). Other readers of the repository, SRE
// among them, get the search only, and are told so.

import {
  call, clearForm, defaultDays, documentOf, element, formatInstant, isoDay, messageOf, session, showFormError,
  showFormSuccess, tagBoxes,
} from './common.js';

const API = '/api/coi';
let tags = [];

function tagLabel(code) {
  const tag = tags.find((t) => t.code === code);
  return tag ? tag.label : code;
}

function notice(text, kind = 'notice') {
  document.getElementById('messages').append(element('p', text, { class: kind }));
}

async function loadTags() {
  const result = await call('GET', `${API}/tags`);
  if (!result.ok) {
    notice(messageOf(result), 'error');
    return;
  }
  tags = result.body;
  const select = document.querySelector('#search-form select[name=tag]');
  const chosen = select.value;
  select.replaceChildren(element('option', 'Todas', { value: '' }));
  tags.forEach((tag) => select.append(element('option', tag.label, { value: tag.code })));
  select.value = chosen;
  const upload = document.querySelector('#upload-form fieldset[name=tags]');
  const checked = Array.from(upload.querySelectorAll('input[name=tags]:checked')).map((box) => box.value);
  const legend = upload.querySelector('legend');
  tagBoxes(upload, tags, checked);
  upload.prepend(legend);
  document.getElementById('tag-list').textContent = tags.map((tag) => `${tag.label} (${tag.code})`).join(' · ');
}

function expired(document_) {
  return document_.reviewBy < isoDay();
}

/** The inline form that replaces a document's tags. */
function retagForm(document_, row, mayManage) {
  const cell = element('td');
  cell.append(document.createTextNode(document_.tags.map(tagLabel).join(', ') || '—'));
  if (!mayManage) {
    return cell;
  }
  const open = element('button', 'Editar etiquetas', { type: 'button', class: 'edit-tags' });
  const form = element('form', null, { class: 'tags-form', hidden: '' });
  const boxes = element('fieldset', null, { name: 'tags' });
  tagBoxes(boxes, tags, document_.tags);
  boxes.prepend(element('legend', 'Etiquetas'));
  form.append(boxes, element('button', 'Guardar etiquetas', { type: 'submit' }),
    element('div', null, { class: 'form-messages', role: 'status' }));
  open.addEventListener('click', () => {
    form.hidden = !form.hidden;
  });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const chosen = Array.from(form.querySelectorAll('input[name=tags]:checked')).map((box) => box.value);
    const result = await call('PUT', `${API}/documents/${document_.id}/tags`, chosen);
    if (!result.ok) {
      showFormError(form, result);
      return;
    }
    row.replaceWith(resultRow(result.body, mayManage));
  });
  cell.append(element('br'), open, form);
  return cell;
}

function resultRow(document_, mayManage) {
  const row = element('tr', null, { 'data-id': String(document_.id) });
  const title = element('td');
  title.append(element('a', document_.title, {
    href: `${API}/documents/${document_.id}/content`, target: '_blank', rel: 'noopener',
    title: 'Abrir el documento en otra pestaña',
  }));
  title.append(element('br'), element('small', document_.mediaType === 'application/pdf' ? 'PDF' : 'HTML'));
  const review = element('td', document_.reviewBy);
  if (expired(document_)) {
    review.append(element('br'), element('span', 'Vencido, requiere revisión', { class: 'expired' }));
  }
  row.append(element('td', document_.country), title, element('td', document_.source),
    element('td', document_.publishedOn), review);
  row.append(retagForm(document_, row, mayManage));
  return row;
}

async function search(event, mayManage) {
  if (event) {
    event.preventDefault();
  }
  const form = document.getElementById('search-form');
  clearForm(form);
  const params = new URLSearchParams();
  ['country', 'tag', 'q'].forEach((name) => {
    const value = form.elements.namedItem(name).value.trim();
    if (value) {
      params.set(name, name === 'country' ? value.toUpperCase() : value);
    }
  });
  params.set('includeExpired', String(form.elements.namedItem('includeExpired').checked));
  const result = await call('GET', `${API}/documents?${params}`);
  const table = document.getElementById('results');
  if (!result.ok) {
    table.hidden = true;
    showFormError(form, result);
    return;
  }
  table.hidden = false;
  const head = element('tr');
  ['País', 'Título', 'Fuente', 'Publicación', 'Revisar a más tardar', 'Etiquetas']
    .forEach((name) => head.append(element('th', name, { scope: 'col' })));
  const body = element('tbody');
  if (result.body.length === 0) {
    const row = element('tr');
    row.append(element('td', 'Ningún documento coincide con la búsqueda.', { colspan: '6' }));
    body.append(row);
  }
  result.body.forEach((document_) => body.append(resultRow(document_, mayManage)));
  table.replaceChildren(element('thead'), body);
  table.tHead.append(head);
  const found = result.body.length === 1 ? '1 documento.' : `${result.body.length} documentos.`;
  form.querySelector('.form-messages').append(element('p', found, { class: 'count' }));
}

async function upload(event) {
  event.preventDefault();
  const form = event.target;
  const button = form.querySelector('button[type=submit]');
  button.disabled = true;
  try {
    const result = await call('POST', `${API}/documents`, await documentOf(form));
    if (!result.ok) {
      showFormError(form, result);
      return;
    }
    form.reset();
    defaultDays(form);
    showFormSuccess(form, `Se guardó el documento «${result.body.title}» (${result.body.country}).`);
  } catch {
    showFormError(form, { status: 0, body: { message: 'No se pudo leer el archivo elegido; elíjalo de nuevo.' } });
  } finally {
    button.disabled = false;
  }
}

async function addTag(event) {
  event.preventDefault();
  const form = event.target;
  const code = form.elements.namedItem('code').value.trim();
  const label = form.elements.namedItem('label').value.trim();
  const result = await call('POST', `${API}/tags`, { code: code || null, label: label || null });
  if (!result.ok) {
    showFormError(form, result);
    return;
  }
  form.reset();
  showFormSuccess(form, `Se creó la etiqueta «${result.body.label}».`);
  await loadTags();
}

async function loadRequests(waiting) {
  const result = await call('GET', `${API}/requests?status=OPEN`);
  const table = document.getElementById('requests');
  if (!result.ok) {
    table.replaceChildren();
    notice(messageOf(result), 'error');
    return;
  }
  const counts = new Map(waiting.map((w) => [w.requestId, w.claimsWaiting]));
  const head = element('tr');
  ['País', 'Temas', 'Pregunta', 'Abierta', 'Expedientes en espera']
    .forEach((name) => head.append(element('th', name, { scope: 'col' })));
  const body = element('tbody');
  if (result.body.length === 0) {
    const row = element('tr');
    row.append(element('td', 'No hay solicitudes abiertas.', { colspan: '5' }));
    body.append(row);
  }
  result.body.forEach((request) => {
    const row = element('tr', null, { 'data-country': request.country });
    row.append(element('td', request.country), element('td', (request.topics || []).map(tagLabel).join(', ') || '—'),
      element('td', request.question), element('td', formatInstant(request.openedAt)),
      element('td', String(counts.get(request.id) ?? 0), { class: 'number' }));
    body.append(row);
  });
  table.replaceChildren(element('thead'), body);
  table.tHead.append(head);
}

async function start() {
  const user = await session();
  if (!user) {
    window.location.assign('/camunda/app/welcome/default/');
    return;
  }
  document.getElementById('user').textContent = `Sesión: ${user.userId}`;
  // only the COI unit (and administrators) may read how many claims wait: that tells who may manage the repository
  const waiting = await call('GET', `${API}/requests/waiting`);
  const mayManage = waiting.ok;
  if (!mayManage && waiting.status === 403) {
    notice('Esta página es de la unidad de información de países de origen: su función no agrega ni etiqueta '
      + 'documentos ni ve las solicitudes a la SRE. Si es personal de la SRE, responda las solicitudes en '
      + 'la página de la SRE (/sre/).');
  } else if (!mayManage) {
    notice(messageOf(waiting), 'error');
  }
  await loadTags();
  const searchForm = document.getElementById('search-form');
  searchForm.addEventListener('submit', (event) => search(event, mayManage));
  if (mayManage) {
    document.getElementById('management').hidden = false;
    document.getElementById('tags-section').hidden = false;
    document.getElementById('requests-section').hidden = false;
    const uploadForm = document.getElementById('upload-form');
    defaultDays(uploadForm);
    uploadForm.addEventListener('submit', upload);
    document.getElementById('tag-form').addEventListener('submit', addTag);
    await loadRequests(waiting.body);
  }
}

start();
