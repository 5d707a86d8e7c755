-- Why a claim closed (the decision became final, withdrawal, abandonment, death) and the appeal window.
alter table refugio.claim
  add column closure_reason varchar(16) check (closure_reason in ('DECISION', 'WITHDRAWAL', 'ABANDONMENT', 'DEATH')),
  add column closure_detail text,
  add column notified_on date,
  add column appeal_due date,
  add column appeal_filed_on date,
  add column appeal_result varchar(16);
