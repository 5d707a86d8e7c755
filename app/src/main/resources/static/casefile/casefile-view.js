// Draws a case file (GET /api/casefile/...) into a container: used by the /casefile/ page and by the Tasklist tab.
// Holds the file only in the page: no localStorage, no sessionStorage; the API answers with Cache-Control: no-store.

let csrfToken = null;

const STEP_TYPES = { userTask: 'Tarea', serviceTask: 'Sistema', businessRuleTask: 'Regla', callActivity: 'Subproceso' };
const DATE_TIME = new Intl.DateTimeFormat('es-MX', { dateStyle: 'medium', timeStyle: 'short' });
const DOCUMENT_TYPES = {
  IDENTITY: 'Documento de identidad o de viaje',
  EVIDENCE: 'Prueba aportada',
  STATEMENT: 'Declaración o escrito',
  MEDICAL: 'Informe médico o psicológico',
  PAPER_FILE_SCAN: 'Escaneo del expediente físico',
  OTHER: 'Otro documento',
};

function el(tag, text, attributes = {}) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) {
    node.textContent = text;
  }
  Object.entries(attributes).forEach(([name, value]) => node.setAttribute(name, value));
  return node;
}

function when(value) {
  return value ? DATE_TIME.format(new Date(value)) : '';
}

async function call(method, path, body) {
  const headers = { Accept: 'application/json' };
  if (method !== 'GET' && csrfToken) {
    headers['X-XSRF-TOKEN'] = csrfToken;
  }
  if (body !== undefined && !(body instanceof FormData)) {
    headers['Content-Type'] = 'application/json';
  }
  const response = await fetch(path, {
    method, headers, credentials: 'same-origin', cache: 'no-store',
    body: body === undefined ? undefined : (body instanceof FormData ? body : JSON.stringify(body)),
  });
  csrfToken = response.headers.get('X-XSRF-TOKEN') || csrfToken;
  let json = null;
  try {
    json = await response.json();
  } catch {
    json = { message: `Respuesta inesperada del servidor (${response.status}).`, errors: [] };
  }
  return { ok: response.ok, status: response.status, body: json };
}

function section(title, className) {
  const node = el('section', null, { class: `casefile-section ${className}` });
  node.append(el('h3', title));
  return node;
}

function table(headers, rows) {
  const node = el('table', null, { class: 'casefile-table' });
  const head = el('tr');
  headers.forEach((h) => head.append(el('th', h, { scope: 'col' })));
  const thead = el('thead');
  thead.append(head);
  node.append(thead);
  const body = el('tbody');
  rows.forEach((cells) => {
    const row = el('tr');
    cells.forEach((cell) => {
      const td = el('td');
      if (cell instanceof Node) {
        td.append(cell);
      } else {
        td.textContent = cell ?? '';
      }
      row.append(td);
    });
    body.append(row);
  });
  node.append(body);
  return node;
}

function empty(text) {
  return el('p', text, { class: 'casefile-empty' });
}

function withReason(href, reason) {
  return `${href}?reason=${encodeURIComponent(reason)}`;
}

function errorText(body) {
  const details = (body.errors || []).map((e) => e.message).join(' ');
  return [body.message, details].filter(Boolean).join(' ');
}

function draw(container, file, reload) {
  const root = el('div', null, { class: 'casefile' });
  const header = el('header', null, { class: 'casefile-header' });
  header.append(el('h2', `Expediente ${file.caseNumber}`));
  header.append(el('p', `Oficina ${file.office} · ${file.status === 'OPEN' ? 'En trámite' : 'Concluido'}`
    + (file.modality ? ` · Modalidad ${file.modality}` : '') + (file.outcome ? ` · Resultado ${file.outcome}` : '')));
  header.append(el('p', `Consulta registrada: ${file.readingFor}`, { class: 'casefile-reason' }));
  root.append(header);

  const withheld = file.withheldFields || [];
  const shown = (field, value) => (withheld.includes(field) ? 'Confidencial' : (value || '—'));
  const people = section('Persona solicitante y dependientes', 'casefile-people');
  people.append(table(['Nombre', 'Calidad', 'Sexo', 'Nacimiento', 'Nacionalidad', 'Idiomas', 'Necesidades específicas'],
    file.people.map((p) => [p.name, p.role === 'PRINCIPAL' ? 'Solicitante principal' : (p.relationship || 'Dependiente'),
      p.sex, p.dateOfBirth, p.nationality, (p.languages || []).join(', '),
      shown('specificNeeds', (p.specificNeeds || []).join(', '))])));
  const contact = file.contact || {};
  people.append(el('p', `Domicilio: ${shown('address', contact.address)} · Teléfono: ${shown('phone', contact.phone)}`
    + ` · Correo: ${shown('email', contact.email)}`, { class: 'casefile-contact' }));
  if ((file.confidentialFields || []).length) {
    people.append(el('p', `Datos marcados como confidenciales: ${file.confidentialFields.join(', ')}`,
      { class: 'casefile-reason' }));
  }
  root.append(people);

  const steps = section('Dónde está el trámite', 'casefile-steps');
  steps.append((file.currentSteps || []).length
    ? table(['Paso', 'Vence'], file.currentSteps.map((s) => [s.name || s.key, when(s.dueDate)]))
    : empty('El trámite no tiene pasos en curso.'));
  root.append(steps);

  const deadlines = section('Plazos en curso', 'casefile-deadlines');
  deadlines.append((file.deadlines || []).length
    ? table(['Plazo', 'Vence', 'Estado'], file.deadlines.map((d) => [d.name, d.dueDate, d.breached ? 'Vencido' : 'En curso']))
    : empty('No hay plazos en curso.'));
  root.append(deadlines);

  const timeline = section('Pasos realizados', 'casefile-timeline');
  timeline.append((file.timeline || []).length
    ? table(['Paso', 'Quién', 'Inicio', 'Fin'], file.timeline.map((t) => [t.name,
      t.who || STEP_TYPES[t.type] || 'Sistema', when(t.startedAt), when(t.endedAt)]))
    : empty('Aún no hay pasos realizados.'));
  root.append(timeline);

  const issued = section('Documentos emitidos', 'casefile-issued');
  issued.append((file.issuedDocuments || []).length
    ? table(['Documento', 'Emitido', 'SHA-256'], file.issuedDocuments.map((d) => {
      const link = el('a', d.title, { href: withReason(d.href, file.readingFor), target: '_blank', rel: 'noopener' });
      return [link, when(d.issuedAt), d.sha256.slice(0, 16) + '…'];
    }))
    : empty('No se ha emitido ningún documento.'));
  root.append(issued);

  const uploaded = section('Documentos cargados', 'casefile-uploaded');
  uploaded.append((file.uploadedDocuments || []).length
    ? table(['Documento', 'Versión', 'Archivo', 'Cargado por', 'Fecha'], file.uploadedDocuments.map((d) => {
      if (d.restricted) {
        return [d.typeName, '', 'Confidencial: no tiene acceso', '', ''];
      }
      const latest = d.versions[0];
      const link = el('a', latest.fileName, { href: withReason(latest.href, file.readingFor), target: '_blank', rel: 'noopener' });
      return [d.typeName + (d.confidential ? ' (confidencial)' : ''),
        `${latest.version} de ${d.versions.length}`, link, latest.uploadedBy, when(latest.uploadedAt)];
    }))
    : empty('No se ha cargado ningún documento.'));
  uploaded.append(uploadForm(file, reload));
  root.append(uploaded);

  const coi = section('Información del país de origen', 'casefile-coi');
  coi.append((file.coiAttachments || []).length
    ? table(['Documento', 'País', 'Fuente', 'Publicado', 'Vigente hasta', 'Temas'], file.coiAttachments.map((d) =>
      [el('a', d.title, { href: `/api/coi/documents/${d.id}/content`, target: '_blank', rel: 'noopener' }), d.country,
        d.source, d.publishedOn, d.reviewBy, (d.tags || []).join(', ')]))
    : empty('Sin información adjunta todavía: se adjunta sola tras la canalización, o la pide la SRE.'));
  root.append(coi);
  const BOOKING_STATUS = {
    REQUESTED: 'Solicitada', CONFIRMED: 'Confirmada', MANUAL: 'Agendada a mano', CANCELLED: 'Cancelada por la empresa',
    NO_SHOW: 'El intérprete no se presentó',
  };
  const interpreters = section('Intérpretes', 'casefile-interpreters');
  interpreters.append((file.interpreterBookings || []).length
    ? table(['Reserva', 'Idioma', 'Estado', 'Intérprete', 'Cita', 'Costo (MXN)'], file.interpreterBookings.map((b) =>
      [b.reference, b.language, BOOKING_STATUS[b.status] || b.status, b.interpreterName || '—',
        b.startsAt ? when(b.startsAt) : '—', b.costMxn ?? '—']))
    : empty('Sin reservas de intérprete: la solicitud no lo necesita o aún no se ha pedido.'));
  root.append(interpreters);

  const notes = section('Notas', 'casefile-notes');
  if ((file.notes || []).length) {
    const list = el('ul', null, { class: 'casefile-note-list' });
    file.notes.forEach((n) => list.append(el('li',
      `${when(n.writtenAt)} · ${n.writtenBy}${n.confidential ? ' · confidencial' : ''}: ${n.text}`)));
    notes.append(list);
  } else {
    notes.append(empty('No hay notas.'));
  }
  notes.append(noteForm(file, reload));
  root.append(notes);

  container.replaceChildren(root);
}

function uploadForm(file, reload) {
  const form = el('form', null, { class: 'casefile-upload' });
  const type = el('select', null, { name: 'type', required: '' });
  Object.entries(DOCUMENT_TYPES).forEach(([value, label]) => type.append(el('option', label, { value })));
  const input = el('input', null, { type: 'file', name: 'file', required: '', accept: '.pdf,.jpg,.jpeg,.png,.tif,.tiff' });
  const confidential = el('input', null, { type: 'checkbox', name: 'confidential', value: 'true' });
  const label = el('label', ' Confidencial');
  label.prepend(confidential);
  const message = el('p', null, { class: 'casefile-message', role: 'status' });
  form.append(el('h4', 'Cargar escaneo o prueba (PDF, JPEG, PNG o TIFF)'), type, input, label,
    el('button', 'Cargar', { type: 'submit' }), message);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const response = await call('POST', `/api/casefile/${encodeURIComponent(file.caseNumber)}/documents`, data);
    if (response.ok) {
      reload();
    } else {
      message.textContent = errorText(response.body);
    }
  });
  return form;
}

function noteForm(file, reload) {
  const form = el('form', null, { class: 'casefile-note' });
  const text = el('textarea', null, { name: 'text', rows: '3', required: '', maxlength: '4000' });
  const message = el('p', null, { class: 'casefile-message', role: 'status' });
  form.append(el('h4', 'Agregar nota'), text, el('button', 'Guardar nota', { type: 'submit' }), message);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const response = await call('POST', `/api/casefile/${encodeURIComponent(file.caseNumber)}/notes`,
      { text: text.value, confidential: false });
    if (response.ok) {
      reload();
    } else {
      message.textContent = errorText(response.body);
    }
  });
  return form;
}

/** Loads the file from the API path and draws it; draws the API's message when it refuses. */
export async function renderCaseFile(container, path) {
  const reload = () => renderCaseFile(container, path);
  const response = await call('GET', path);
  if (!response.ok) {
    container.replaceChildren(el('p', errorText(response.body), { class: 'casefile-error', role: 'alert' }));
    return null;
  }
  draw(container, response.body, reload);
  return response.body;
}
