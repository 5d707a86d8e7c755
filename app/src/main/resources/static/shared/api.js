// What Refugio's staff pages (/calendar/, /roundtables/, /coi/, /sre/) share: the webapps' session, calls to /api
// with that session's CSRF token (every /api answer to the session hands it out in its X-XSRF-TOKEN header), and
// building elements. Each page keeps how it shows its own messages.

let csrfToken = null;

/** Who is logged in to the webapps; null when nobody is. */
export async function session() {
  const response = await fetch('/camunda/api/admin/auth/user/default', { credentials: 'same-origin' });
  return response.ok ? response.json() : null;
}

/** Calls the API; resolves to {status, ok, body, headers} and never rejects for an HTTP or network error. */
export async function call(method, path, body) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  if (method !== 'GET' && csrfToken) {
    headers['X-XSRF-TOKEN'] = csrfToken;
  }
  let response;
  try {
    response = await fetch(path, {
      method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    return { status: 0, ok: false, body: { message: 'No se pudo conectar con el servidor; intente de nuevo.' },
      headers: new Headers() };
  }
  csrfToken = response.headers.get('X-XSRF-TOKEN') || csrfToken;
  const text = await response.text();
  let json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = { message: `Respuesta inesperada del servidor (${response.status}).`, errors: [] };
  }
  return { status: response.status, ok: response.ok, body: json, headers: response.headers };
}

/** An element with its text (unless null) and attributes. */
export function element(tag, text, attributes = {}) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) {
    node.textContent = text;
  }
  Object.entries(attributes).forEach(([name, value]) => node.setAttribute(name, value));
  return node;
}
