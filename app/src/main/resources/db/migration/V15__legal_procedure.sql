-- The legal procedure's milestones kept with the claim: ratification, the prevención for a late filing and the notice
-- to INM, the one extension of the decision deadline, and a breached decision deadline.

alter table refugio.claim drop constraint if exists claim_closure_reason_check;
alter table refugio.claim add constraint claim_closure_reason_check check (closure_reason in
  ('DECISION', 'WITHDRAWAL', 'ABANDONMENT', 'DEATH', 'TRANSFER', 'NOT_RATIFIED', 'NOT_ADMITTED'));

alter table refugio.claim
  add column ratified_on date,
  add column decision_breached_at timestamptz;

-- A late filing: the prevención issued, the applicant's reply and its assessment, and the notice to INM.
create table refugio.late_filing_prevention (
  claim_id            bigint       primary key references refugio.claim (id),
  issued_at           timestamptz  not null,
  reply_due           date         not null,
  inm_notice_due      timestamptz  not null,
  inm_notice_sent_on  date,
  inm_notice_reference text,
  replied             boolean,
  explanation_accepted boolean,
  assessed_by         varchar(64),
  assessed_at         timestamptz
);

-- The decision deadline may be extended once (Ley art. 24), for one of the reasons the law lists.
create table refugio.decision_extension (
  claim_id      bigint       primary key references refugio.claim (id),
  reason        varchar(32)  not null check (reason in
                  ('NO_INTERPRETER', 'APPLICANT_HEALTH', 'EVIDENCE_REQUESTED', 'FORCE_MAJEURE')),
  detail        text         not null,
  business_days integer      not null check (business_days > 0),
  previous_due  date         not null,
  new_due       date         not null,
  granted_by    varchar(64)  not null,
  granted_at    timestamptz  not null default now()
);
