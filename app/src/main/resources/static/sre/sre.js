// The Foreign Ministry's page: the open COI requests (country, topics and question: nothing of any claim) with a form
// to answer each with a document (/api/coi/requests/{id}/answer), and the requests already answered.

import {
  call, defaultDays, documentOf, element, formatInstant, messageOf, session, showFormError,
} from '/coi/common.js';

const API = '/api/coi';
let tagLabels = new Map();

function notice(text, kind) {
  document.getElementById('messages').append(element('p', text, { class: kind }));
}

function topicsOf(request) {
  return (request.topics || []).map((code) => tagLabels.get(code) || code).join(', ')
    || 'Situación general de seguridad y derechos humanos';
}

function answerForm(request) {
  const form = document.getElementById('answer-template').content.firstElementChild.cloneNode(true);
  defaultDays(form);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const button = form.querySelector('button[type=submit]');
    button.disabled = true;
    try {
      const result = await call('POST', `${API}/requests/${request.id}/answer`, await documentOf(form));
      if (!result.ok) {
        showFormError(form, result);
        return;
      }
      notice(`Se envió la respuesta a la solicitud sobre ${request.country}: «${result.body.title}».`, 'success');
      await load();
    } catch {
      showFormError(form, { status: 0, body: { message: 'No se pudo leer el archivo elegido; elíjalo de nuevo.' } });
    } finally {
      button.disabled = false;
    }
  });
  return form;
}

function showOpen(requests) {
  const container = document.getElementById('open-requests');
  container.replaceChildren();
  if (requests.length === 0) {
    container.append(element('p', 'No hay solicitudes abiertas.'));
  }
  requests.forEach((request) => {
    const article = element('article', null, { class: 'request', 'data-country': request.country,
      'data-id': String(request.id) });
    article.append(element('h3', `País: ${request.country}`));
    const facts = element('dl');
    [['Temas', topicsOf(request)], ['Pregunta', request.question], ['Abierta', formatInstant(request.openedAt)]]
      .forEach(([term, value]) => facts.append(element('dt', term), element('dd', value)));
    article.append(facts, answerForm(request));
    container.append(article);
  });
}

function showAnswered(requests) {
  const table = document.getElementById('answered-requests');
  const head = element('tr');
  ['País', 'Temas', 'Pregunta', 'Abierta', 'Respondida'].forEach((name) => head.append(element('th', name,
    { scope: 'col' })));
  const body = element('tbody');
  if (requests.length === 0) {
    const row = element('tr');
    row.append(element('td', 'Aún no hay solicitudes respondidas.', { colspan: '5' }));
    body.append(row);
  }
  [...requests].reverse().forEach((request) => {
    const row = element('tr', null, { 'data-country': request.country, 'data-id': String(request.id) });
    [request.country, topicsOf(request), request.question, formatInstant(request.openedAt),
      formatInstant(request.answeredAt)].forEach((text) => row.append(element('td', text)));
    body.append(row);
  });
  table.replaceChildren(element('thead'), body);
  table.tHead.append(head);
}

async function load() {
  const [open, answered] = await Promise.all([call('GET', `${API}/requests?status=OPEN`),
    call('GET', `${API}/requests?status=ANSWERED`)]);
  if (!open.ok || !answered.ok) {
    const refused = open.ok ? answered : open;
    notice(refused.status === 403
      ? 'Esta página es de la Secretaría de Relaciones Exteriores y de la unidad de información de países de '
        + 'origen: su función no ve ni responde las solicitudes.'
      : messageOf(refused), 'error');
    return;
  }
  showOpen(open.body);
  showAnswered(answered.body);
}

async function start() {
  const user = await session();
  if (!user) {
    window.location.assign('/camunda/app/welcome/default/');
    return;
  }
  document.getElementById('user').textContent = `Sesión: ${user.userId}`;
  const tags = await call('GET', `${API}/tags`);
  if (tags.ok) {
    tagLabels = new Map(tags.body.map((tag) => [tag.code, tag.label]));
  }
  await load();
}

start();
