// The front desk's status lookup: GET /api/casefile/search; shows status only, keeps nothing in the browser.
const form = document.getElementById('search');
const results = document.getElementById('results');

function cell(row, text) {
  const td = document.createElement('td');
  td.textContent = text ?? '';
  row.append(td);
  return td;
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const params = new URLSearchParams();
  const caseNumber = form.elements.caseNumber.value.trim();
  if (caseNumber) {
    params.set('caseNumber', caseNumber);
  } else {
    params.set('name', form.elements.name.value.trim());
    if (form.elements.dateOfBirth.value) {
      params.set('dateOfBirth', form.elements.dateOfBirth.value);
    }
  }
  const response = await fetch(`/api/casefile/search?${params}`, {
    credentials: 'same-origin', cache: 'no-store', headers: { Accept: 'application/json' },
  });
  const body = await response.json().catch(() => ({ message: `Error inesperado (${response.status}).` }));
  if (!response.ok) {
    const p = document.createElement('p');
    p.className = 'casefile-error';
    p.textContent = [body.message, ...(body.errors || []).map((e) => e.message)].join(' ');
    results.replaceChildren(p);
    return;
  }
  if (!body.length) {
    const p = document.createElement('p');
    p.className = 'casefile-empty';
    p.textContent = 'No se encontró ninguna solicitud. Revise los datos o pida el número de expediente.';
    results.replaceChildren(p);
    return;
  }
  const table = document.createElement('table');
  table.className = 'casefile-table';
  const head = document.createElement('tr');
  ['Expediente', 'Oficina', 'Presentada', 'Estado', ''].forEach((h) => {
    const th = document.createElement('th');
    th.textContent = h;
    head.append(th);
  });
  table.append(head);
  body.forEach((r) => {
    const row = document.createElement('tr');
    cell(row, r.caseNumber);
    cell(row, r.office);
    cell(row, r.applicationDate);
    cell(row, r.status);
    const link = cell(row, '');
    if (r.fullFileAvailable) {
      const a = document.createElement('a');
      a.href = `/casefile/?case=${encodeURIComponent(r.caseNumber)}`;
      a.textContent = 'Abrir expediente';
      link.append(a);
    }
    table.append(row);
  });
  results.replaceChildren(table);
});
