package org.refugio.claim;

import org.refugio.security.CurrentUsers;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/claims/{caseNumber}/extension}: the one extension of the decision deadline. */
@RestController
@RequestMapping("/api/claims")
public class DecisionExtensionController {

  private final DecisionExtensions extensions;
  private final ClaimStatusService statusService;
  private final CurrentUsers currentUsers;

  DecisionExtensionController(DecisionExtensions extensions, ClaimStatusService statusService,
      CurrentUsers currentUsers) {
    this.extensions = extensions;
    this.statusService = statusService;
    this.currentUsers = currentUsers;
  }

  @PostMapping("/{caseNumber}/extension")
  public ClaimStatus extend(@PathVariable String caseNumber,
      @RequestBody(required = false) DecisionExtensions.ExtensionRequest request) {
    extensions.grant(caseNumber, request, currentUsers.ofRequest());
    return statusService.status(caseNumber, currentUsers.ofRequest());
  }
}
