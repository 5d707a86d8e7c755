package org.refugio.engine;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

/**
 * Re-validates on the server what a task's Camunda Form declares (required fields, lengths, patterns, options), since
 * Tasklist validates only in the browser: a completion with missing or invalid values is refused with the reasons.
 */
@Component("formValidation")
@ExpressionBean
public class FormValidationListener implements TaskListener {

  private final FormSchemaValidator validator;

  public FormValidationListener(FormSchemaValidator validator) {
    this.validator = validator;
  }

  @Override
  public void notify(DelegateTask task) {
    UserTask element = task.getBpmnModelElementInstance();
    String formId = element == null ? null : element.getCamundaFormRef();
    if (formId != null) {
      validator.check(formId, task.getVariables());
    }
  }
}
