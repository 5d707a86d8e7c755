-- Dependants share the principal applicant's outcome unless their claim is decided separately; the appeal's result
-- as it was notified, with a juicio de nulidad reported at the notification (recorded, not processed); the death of
-- the principal applicant; and the authorized transfers of a claim to another state's office.

alter table refugio.person
  add column outcome            varchar(32),
  add column decided_separately boolean     not null default false,
  add column outcome_grounds    text,
  add column outcome_decided_by varchar(64),
  add column outcome_decided_at timestamptz,
  add column date_of_death      date;

alter table refugio.claim
  add column appeal_notified_on     date,
  add column nullity_suit_reported  boolean,
  add column nullity_suit_detail    text;

create table refugio.claim_transfer (
  id             bigserial   primary key,
  claim_id       bigint      not null references refugio.claim (id),
  from_office    varchar(8)  not null references refugio.office (code),
  to_office      varchar(8)  not null references refugio.office (code),
  authorized_on  date        not null,
  reason         text        not null,
  transferred_by varchar(64) not null,
  transferred_at timestamptz not null default now(),
  check (from_office <> to_office)
);

create index claim_transfer_claim on refugio.claim_transfer (claim_id);
