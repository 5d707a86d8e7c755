// The public status page: case number and PIN to /public/api/status; the answer is shown in four languages and
// kept nowhere but on the page.
const LANGUAGES = [['es', 'Español'], ['en', 'English'], ['fr', 'Français'], ['ht', 'Kreyòl ayisyen']];
const form = document.getElementById('lookup');
const result = document.getElementById('result');

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const body = { caseNumber: form.elements.caseNumber.value.trim(), pin: form.elements.pin.value.trim() };
  form.elements.pin.value = '';
  const response = await fetch('/public/api/status', {
    method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    cache: 'no-store', body: JSON.stringify(body),
  });
  const json = await response.json().catch(() => ({ message: 'Error inesperado. Intente más tarde.' }));
  const nodes = [];
  if (response.ok) {
    const title = document.createElement('h2');
    title.textContent = `Expediente ${json.caseNumber}`;
    nodes.push(title);
    LANGUAGES.forEach(([code, name]) => {
      const p = document.createElement('p');
      p.lang = code;
      p.className = 'status';
      p.textContent = `${name}: ${json.status[code]}`;
      nodes.push(p);
    });
  } else {
    const p = document.createElement('p');
    p.className = 'error';
    p.textContent = json.message;
    nodes.push(p);
  }
  result.replaceChildren(...nodes);
});
