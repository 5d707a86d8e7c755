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
