-- The business calendar's data (Ley Federal de Procedimiento Administrativo art. 28): the days the agency declares
-- non-working by an agreement published in the Diario Oficial, and the running deadlines counted on that calendar,
-- so that a change to the calendar moves them. Weekends and statutory holidays are computed, never stored.
-- A fresh installation declares no day.

-- A declared day applies nationally (office_code null) or at one office. A suspension of deadlines is stored as one
-- SUSPENSION row per day of its period, so the calendar reads one kind of row.
create table non_working_day (
  id          bigserial   primary key,
  day         date        not null,
  office_code varchar(8)  references office (code),
  kind        varchar(16) not null check (kind in ('DECLARED', 'SUSPENSION')),
  reason      text        not null check (reason <> ''),
  reference   text        not null check (reference <> ''),
  declared_by varchar(64) not null,
  declared_at timestamptz not null default now()
);

-- One row per day and office, the national row included (null is one value here).
create unique index non_working_day_day_office on non_working_day (day, coalesce(office_code, ''));

-- A deadline of a process instance, counted in business days from the business day after its event. OPEN deadlines
-- are recomputed when the calendar changes; a process instance has at most one open deadline of each name.
create table deadline (
  id                  bigserial   primary key,
  process_instance_id varchar(64) not null,
  business_key        varchar(255),
  name                varchar(255) not null,
  office_code         varchar(8)  references office (code),
  event_day           date        not null,
  business_days       integer     not null check (business_days >= 0),
  due_at              timestamptz not null,
  status              varchar(16) not null default 'OPEN' check (status in ('OPEN', 'MET', 'CANCELLED')),
  started_at          timestamptz not null default now(),
  closed_at           timestamptz
);

create unique index deadline_open_name on deadline (process_instance_id, name) where status = 'OPEN';
create index deadline_open on deadline (id) where status = 'OPEN';
