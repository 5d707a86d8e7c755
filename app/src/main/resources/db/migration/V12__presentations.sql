-- Weekly presentation (Reglamento art. 24): an applicant not held by INM signs in once a week at an office; weeks
-- without a presentation make the claim abandoned (how many: refugio.presentations.missed-for-abandonment).

-- The weekday and office front desk assigned to a claim. A claim without a row keeps the default: the weekday of its
-- registration (Monday for a weekend registration) at the claim's own office.
create table presentation_schedule (
  claim_id    bigint      primary key references claim (id),
  weekday     smallint    not null check (weekday between 1 and 5), -- ISO: 1 = Monday … 5 = Friday
  office_code varchar(8)  not null references office (code),
  assigned_by varchar(64) not null,
  assigned_at timestamptz not null default now()
);

-- One row per claim and day the applicant presented. The unique key makes recording idempotent and serves the sweep's
-- "latest presentation of each claim" look-up.
create table presentation (
  id           bigserial   primary key,
  claim_id     bigint      not null references claim (id),
  presented_on date        not null,
  office_code  varchar(8)  not null references office (code),
  method       varchar(16) not null check (method in ('DESK', 'CONSTANCIA_CODE')),
  recorded_by  varchar(64) not null,
  recorded_at  timestamptz not null default now(),
  unique (claim_id, presented_on)
);
