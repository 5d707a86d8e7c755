-- Interpreter bookings that fall through: the provider cancels or reschedules, or the interpreter does not come.
-- A cancelled booking or a no-show is replaced by a new booking (the next attempt, a new reference and idempotency
-- key); every event on a booking is kept, once per event id (the provider's, or ours for a no-show).
alter table interpretation_booking drop constraint interpretation_booking_status_check;
alter table interpretation_booking add constraint interpretation_booking_status_check
  check (status in ('REQUESTED', 'CONFIRMED', 'MANUAL', 'CANCELLED', 'NO_SHOW'));

create table interpretation_booking_event (
  id               bigserial     primary key,
  event_id         varchar(128)  not null,
  reference        varchar(64)   not null references interpretation_booking (reference),
  type             varchar(16)   not null check (type in ('CONFIRMED', 'CANCELLED', 'RESCHEDULED', 'NO_SHOW')),
  interpreter_name text,
  starts_at        timestamptz,
  cost_mxn         numeric(12, 2) check (cost_mxn >= 0),
  reason           text,
  recorded_by      text          not null,
  recorded_at      timestamptz   not null default now(),
  unique (reference, event_id)
);

-- Every person of a claim gets their own CURP (temporary at admission, permanent after protection), so an exchange
-- belongs to a person: one per person and kind. Exchanges made so far were the principal applicant's.
alter table interop_exchange add column person_id bigint references person (id);
update interop_exchange e set person_id = (select p.id from person p where p.claim_id = e.claim_id
  and p.role = 'PRINCIPAL');
alter table interop_exchange alter column person_id set not null;
alter table interop_exchange drop constraint interop_exchange_claim_id_kind_key;
alter table interop_exchange add constraint interop_exchange_person_kind unique (person_id, kind);

-- The 72-hour notice of a late filing goes to INM through its adapter (the registration task is the fallback).
alter table interop_exchange drop constraint interop_exchange_kind_check;
alter table interop_exchange add constraint interop_exchange_kind_check
  check (kind in ('CLAIM_NOTICE', 'TEMPORARY_CURP', 'PERMANENT_CURP', 'LATE_FILING_NOTICE'));
