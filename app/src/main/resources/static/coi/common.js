// What the COI unit's page (/coi/) and SRE's page (/sre/) share besides what every staff page does (/shared/api.js:
// the session, calls with its CSRF token): errors shown next to the fields they concern, and a document form read
// into the JSON that the API takes (the file in Base64).

import { element } from '/shared/api.js';

export { call, element, session } from '/shared/api.js';

/** The message of a failed call, in Spanish. */
export function messageOf(result) {
  if (result.status === 401) {
    return 'Su sesión terminó: vuelva a iniciar sesión en Tasklist y recargue esta página.';
  }
  if (result.status === 403) {
    return (result.body && result.body.message) || 'Su función no tiene permiso para esta operación.';
  }
  return (result.body && result.body.message) || `Error del servidor (${result.status}).`;
}

/** Removes what an earlier answer marked in the form. */
export function clearForm(form) {
  form.querySelectorAll('.field-error').forEach((node) => node.remove());
  form.querySelectorAll('.invalid').forEach((node) => node.classList.remove('invalid'));
  const box = form.querySelector('.form-messages');
  if (box) {
    box.replaceChildren();
  }
}

/** Fields the API names that the form shows under another name (the file input carries content and type). */
const FIELD_ALIASES = { contentBase64: 'file', mediaType: 'file' };

/**
 * Shows an API error in the form: its message at the form's foot, each field error beside its field (or at the foot
 * when the form has no such field). What was typed stays as it was.
 */
export function showFormError(form, result) {
  clearForm(form);
  const box = form.querySelector('.form-messages');
  const errors = fileErrorsSaidPlainly(form, (result.body && result.body.errors) || []);
  // the API's message repeats every field error after "Corrija:"; here they stand beside their fields
  const message = errors.length > 0 ? messageOf(result).replace(/ Corrija:.*$/s, ' Corrija lo señalado.')
    : messageOf(result);
  box.append(element('p', message, { class: 'error' }));
  const unplaced = element('ul');
  errors.forEach((error) => {
    const input = form.elements.namedItem(FIELD_ALIASES[error.field] || error.field);
    const field = input && (input instanceof RadioNodeList ? input[0] : input);
    const label = field && (field.closest('label') || field.closest('fieldset'));
    if (label) {
      (input instanceof RadioNodeList ? Array.from(input) : [input]).forEach((i) => i.classList.add('invalid'));
      label.append(element('span', error.message, { class: 'field-error', 'data-field': error.field }));
    } else {
      unplaced.append(element('li', error.message));
    }
  });
  if (unplaced.children.length > 0) {
    box.firstChild.append(unplaced);
  }
}

/** The API speaks of media types and Base64; a person chose (or forgot) a file. */
function fileErrorsSaidPlainly(form, errors) {
  const fileInput = form.elements.namedItem('file');
  if (!fileInput) {
    return errors;
  }
  const chosen = fileInput.files.length > 0;
  const plain = [];
  errors.forEach((error) => {
    if (error.field === 'mediaType') {
      if (chosen) {
        plain.push({ field: 'file', message: 'El archivo debe ser PDF o HTML.' });
      }
    } else if (error.field === 'contentBase64' && !chosen) {
      plain.push({ field: 'file', message: 'Elija el archivo del documento (PDF o HTML).' });
    } else {
      plain.push(error);
    }
  });
  return plain;
}

export function showFormSuccess(form, text) {
  clearForm(form);
  form.querySelector('.form-messages').append(element('p', text, { class: 'success' }));
}

/** Today in the browser's calendar, as the API writes days (AAAA-MM-DD). */
export function isoDay(date = new Date()) {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate())
    .padStart(2, '0')}`;
}

/** Spanish date and time of an ISO instant, for "opened" and "answered" columns. */
export function formatInstant(iso) {
  return iso ? new Date(iso).toLocaleString('es-MX', { dateStyle: 'medium', timeStyle: 'short' }) : '';
}

/** The media type the API takes for the chosen file: by the browser's type, or else by the file's ending. */
function mediaTypeOf(file) {
  if (file.type === 'application/pdf' || /\.pdf$/i.test(file.name)) {
    return 'application/pdf';
  }
  if (file.type === 'text/html' || /\.html?$/i.test(file.name)) {
    return 'text/html';
  }
  return file.type || 'application/octet-stream';
}

function base64Of(file) {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

/**
 * The document form as the API takes it; the file read in the browser. Missing pieces are left for the API to name,
 * so that every mistake is said in one place.
 */
export async function documentOf(form) {
  const value = (name) => {
    const input = form.elements.namedItem(name);
    return input && input.value.trim() ? input.value.trim() : null;
  };
  const file = form.elements.namedItem('file').files[0];
  const country = value('country');
  return {
    country: country ? country.toUpperCase() : null,
    title: value('title'),
    source: value('source'),
    publishedOn: value('publishedOn'),
    reviewBy: value('reviewBy'),
    mediaType: file ? mediaTypeOf(file) : null,
    contentBase64: file ? await base64Of(file) : null,
    tags: Array.from(form.querySelectorAll('input[name=tags]:checked')).map((box) => box.value),
  };
}

/** Gives a document form its default days: published today, to be reviewed in a year. */
export function defaultDays(form) {
  const today = new Date();
  form.elements.namedItem('publishedOn').value = isoDay(today);
  form.elements.namedItem('reviewBy').value = isoDay(new Date(today.getFullYear() + 1, today.getMonth(),
    today.getDate()));
}

/** Checkboxes for the tags, in a fieldset named for the API's field. */
export function tagBoxes(container, tags, checked = []) {
  container.replaceChildren();
  tags.forEach((tag) => {
    const label = element('label', null, { class: 'check' });
    const box = element('input', null, { type: 'checkbox', name: 'tags', value: tag.code });
    box.checked = checked.includes(tag.code);
    label.append(box, document.createTextNode(` ${tag.label}`));
    container.append(label);
  });
}
