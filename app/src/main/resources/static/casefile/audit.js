// The read audit for admins and managers: GET /api/casefile/audit?office=… or /api/casefile/{caseNumber}/audit.
const WHEN = new Intl.DateTimeFormat('es-MX', { dateStyle: 'medium', timeStyle: 'medium' });
const form = document.getElementById('audit');
const events = document.getElementById('events');

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const caseNumber = form.elements.caseNumber.value.trim();
  const office = form.elements.office.value.trim().toUpperCase();
  const path = caseNumber ? `/api/casefile/${encodeURIComponent(caseNumber)}/audit`
    : `/api/casefile/audit?office=${encodeURIComponent(office)}`;
  const response = await fetch(path, { credentials: 'same-origin', cache: 'no-store',
    headers: { Accept: 'application/json' } });
  const body = await response.json().catch(() => ({ message: `Error inesperado (${response.status}).` }));
  if (!response.ok) {
    const p = document.createElement('p');
    p.className = 'casefile-error';
    p.textContent = [body.message, ...(body.errors || []).map((e) => e.message)].join(' ');
    events.replaceChildren(p);
    return;
  }
  const table = document.createElement('table');
  table.className = 'casefile-table';
  const head = document.createElement('tr');
  ['Cuándo', 'Quién', 'Expediente', 'Qué', 'Por qué', 'Resultado'].forEach((h) => {
    const th = document.createElement('th');
    th.textContent = h;
    head.append(th);
  });
  table.append(head);
  body.forEach((e) => {
    const row = document.createElement('tr');
    [WHEN.format(new Date(e.readAt)), e.userId, e.caseNumber, e.what, e.why, e.granted ? 'Concedida' : 'Rechazada']
      .forEach((text) => {
        const td = document.createElement('td');
        td.textContent = text;
        row.append(td);
      });
    table.append(row);
  });
  events.replaceChildren(table);
});
