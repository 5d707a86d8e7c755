// The case-file page: asks which file and why (the reason is recorded with the read), then draws the file.
import { renderCaseFile } from './casefile-view.js';

const form = document.getElementById('open');
const params = new URLSearchParams(window.location.search);
if (params.get('case')) {
  form.elements.case.value = params.get('case');
}
form.addEventListener('submit', (event) => {
  event.preventDefault();
  const caseNumber = form.elements.case.value.trim();
  const reason = form.elements.reason.value.trim();
  renderCaseFile(document.getElementById('file'),
    `/api/casefile/${encodeURIComponent(caseNumber)}?reason=${encodeURIComponent(reason)}`);
});
