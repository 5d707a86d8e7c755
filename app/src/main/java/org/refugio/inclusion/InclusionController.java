package org.refugio.inclusion;

import java.net.URI;
import java.util.List;
import org.refugio.casefile.CaseFileController;
import org.refugio.security.CurrentUsers;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The referrals API: a claim's consents, referrals and residence, and the maintained list of reasons a referral is
 * pending or refused.
 */
@RestController
public class InclusionController {

  private final InclusionRequests requests;
  private final CurrentUsers currentUsers;

  InclusionController(InclusionRequests requests, CurrentUsers currentUsers) {
    this.requests = requests;
    this.currentUsers = currentUsers;
  }

  @PostMapping("/api/claims/{caseNumber}/consents")
  public ResponseEntity<InclusionRequests.RecordedConsent> consent(@PathVariable String caseNumber,
      @RequestBody(required = false) InclusionRequests.ConsentRequest request) {
    InclusionRequests.RecordedConsent consent = requests.recordConsent(caseNumber, request, currentUsers.ofRequest());
    return ResponseEntity.status(HttpStatus.CREATED)
        .location(URI.create("/api/claims/" + caseNumber + "/consents/" + consent.id())).body(consent);
  }

  /** Reading the referrals reads personal data (names, phone): audited like the case file, never cached. */
  @GetMapping("/api/claims/{caseNumber}/referrals")
  public ResponseEntity<List<InclusionRequests.ReferralView>> referrals(@PathVariable String caseNumber,
      @RequestParam(required = false) String reason,
      @RequestHeader(name = CaseFileController.REASON_HEADER, required = false) String reasonHeader) {
    return ResponseEntity.ok().cacheControl(CacheControl.noStore())
        .body(requests.referrals(caseNumber, currentUsers.ofRequest(), reason != null ? reason : reasonHeader));
  }

  @PutMapping("/api/claims/{caseNumber}/residence")
  public InclusionMapper.Residence residence(@PathVariable String caseNumber,
      @RequestBody(required = false) InclusionRequests.ResidenceRequest request) {
    return requests.setResidence(caseNumber, request, currentUsers.ofRequest());
  }

  @GetMapping("/api/inclusion/referral-reasons")
  public List<ReferralReason> reasons(@RequestParam(defaultValue = "false") boolean activeOnly) {
    return requests.reasons(currentUsers.ofRequest(), activeOnly);
  }

  @PostMapping("/api/inclusion/referral-reasons")
  public ResponseEntity<ReferralReason> addReason(@RequestBody(required = false) InclusionRequests.NewReason request) {
    ReferralReason reason = requests.addReason(request, currentUsers.ofRequest());
    return ResponseEntity.status(HttpStatus.CREATED)
        .location(URI.create("/api/inclusion/referral-reasons/" + reason.code())).body(reason);
  }

  @PostMapping("/api/inclusion/referral-reasons/{code}/deactivation")
  public ReferralReason deactivate(@PathVariable String code) {
    return requests.setReasonActive(code, false, currentUsers.ofRequest());
  }

  @PostMapping("/api/inclusion/referral-reasons/{code}/activation")
  public ReferralReason activate(@PathVariable String code) {
    return requests.setReasonActive(code, true, currentUsers.ofRequest());
  }
}
