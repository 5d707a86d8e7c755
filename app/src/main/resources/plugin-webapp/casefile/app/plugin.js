// The case-file tab of Tasklist's task detail. Draws the file of the task's claim with the module of the
// /casefile/ page; the read is audited with the task as its reason. Nothing is kept in the browser's storage.
export default {
  id: 'casefile',
  pluginPoint: 'tasklist.task.detail',
  label: 'Expediente',
  priority: 50,
  render: (node, { taskId }) => {
    node.innerHTML = '<p class="casefile-loading">Cargando el expediente…</p>';
    import('/casefile/casefile-view.js')
      .then((view) => view.renderCaseFile(node, `/api/casefile/tasks/${encodeURIComponent(taskId)}`))
      .catch((error) => {
        console.error('case-file tab', error);
        node.textContent = 'No se pudo mostrar el expediente. Recargue la página.';
      });
  },
};
