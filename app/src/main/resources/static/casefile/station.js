// The scanning station: the label's code (typed by a barcode scanner, ending in Enter) opens the paper file; its
// pages are uploaded as a PAPER_FILE_SCAN document and the scan is verified with its page count.
let csrfToken = null;
let caseNumber = null;

const DIGITIZATION = { PENDING: 'pendiente de escanear', SCANNED: 'escaneado, sin verificar', VERIFIED: 'verificado' };
const CUSTODY = { SHELVED: 'en su lugar', CHECKED_OUT: 'entregado', IN_TRANSIT: 'en tránsito' };

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
  const json = await response.json().catch(() => ({ message: `Respuesta inesperada (${response.status}).` }));
  return { ok: response.ok, body: json };
}

function say(text, error) {
  const p = document.createElement('p');
  p.className = error ? 'casefile-error' : 'casefile-reason';
  p.textContent = text;
  document.getElementById('messages').replaceChildren(p);
}

function errorText(body) {
  return [body.message, ...(body.errors || []).map((e) => e.message)].filter(Boolean).join(' ');
}

function show(file) {
  caseNumber = file.caseNumber;
  document.getElementById('file').hidden = false;
  document.getElementById('file-title').textContent = `Expediente ${file.caseNumber}`;
  const place = file.room ? `sala ${file.room}, estante ${file.shelf}, caja ${file.box}` : 'sin ubicación';
  document.getElementById('file-state').textContent = `Oficina ${file.office}, ${place}; ${CUSTODY[file.custody]}`
    + `; digitalización: ${DIGITIZATION[file.digitization]}${file.pageCount ? ` (${file.pageCount} páginas)` : ''}.`;
}

document.getElementById('scan').addEventListener('submit', async (event) => {
  event.preventDefault();
  const code = event.target.elements.code.value.trim();
  const response = await call('GET', `/api/casefile/physical/labels/${encodeURIComponent(code)}`);
  if (response.ok) {
    show(response.body);
    say('Expediente abierto.');
  } else {
    document.getElementById('file').hidden = true;
    say(errorText(response.body), true);
  }
});

document.getElementById('upload').addEventListener('submit', async (event) => {
  event.preventDefault();
  const response = await call('POST', `/api/casefile/${encodeURIComponent(caseNumber)}/documents`,
    new FormData(event.target));
  if (!response.ok) {
    say(errorText(response.body), true);
    return;
  }
  const file = await call('GET', `/api/casefile/${encodeURIComponent(caseNumber)}/physical`);
  if (file.ok) {
    show(file.body);
  }
  say(`Escaneo cargado (versión ${response.body.version}, SHA-256 ${response.body.sha256.slice(0, 16)}…).`);
});

document.getElementById('verify').addEventListener('submit', async (event) => {
  event.preventDefault();
  const response = await call('POST', `/api/casefile/${encodeURIComponent(caseNumber)}/physical/digitization`,
    { state: 'VERIFIED', pageCount: Number(event.target.elements.pageCount.value) });
  if (response.ok) {
    show(response.body);
    say('Digitalización verificada.');
  } else {
    say(errorText(response.body), true);
  }
});
