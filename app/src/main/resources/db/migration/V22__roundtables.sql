-- Inter-institutional roundtables (org.refugio.inclusion.roundtable): federal, state and municipal tables that follow
-- up the gaps of inclusion (V21's inclusion_gap), their members, their sessions and the agreements of each session.

-- Every institution that can sit at a roundtable, coordinate one or answer for an agreement: the institutions that
-- receive referrals (V21), and others that take part without receiving referrals.
create table roundtable_institution (
  code varchar(16) primary key check (code ~ '^[A-Z][A-Z0-9]{1,15}$'),
  name text        not null
);

insert into roundtable_institution (code, name) select code, name from inclusion_institution;
insert into roundtable_institution (code, name) values
  ('COMAR', 'Comisión Mexicana de Ayuda a Refugiados'),
  ('ACNUR', 'Alto Comisionado de las Naciones Unidas para los Refugiados'),
  ('OIM',   'Organización Internacional para las Migraciones'),
  ('SNDIF', 'Sistema Nacional para el Desarrollo Integral de la Familia'),
  ('SSA',   'Secretaría de Salud'),
  ('STPS',  'Secretaría del Trabajo y Previsión Social')
on conflict (code) do nothing;

-- A roundtable's scope is its level and place (none for FEDERAL, a state for STATE, a state and a municipality for
-- MUNICIPAL) and its theme (ALL or one theme). Its members are in the engine group member_group_id
-- (roundtable12), its coordinators also in coordinator_group_id (roundtable12Coord): alphanumeric, as the engine's
-- resource whitelist requires.
create table roundtable (
  id                       bigserial   primary key,
  name                     text        not null,
  level                    varchar(16) not null check (level in ('FEDERAL', 'STATE', 'MUNICIPAL')),
  state_code               char(3)     references mx_state (code),
  municipality             text,
  theme                    varchar(16) not null check (theme in ('ALL', 'IDENTITY', 'LABOR', 'EDUCATION', 'HEALTH')),
  coordinating_institution varchar(16) not null references roundtable_institution (code),
  member_group_id          varchar(64) unique check (member_group_id ~ '^[a-zA-Z0-9]+$'),
  coordinator_group_id     varchar(64) unique check (coordinator_group_id ~ '^[a-zA-Z0-9]+$'),
  created_by               varchar(64) not null,
  created_at               timestamptz not null default now(),
  check ((level = 'FEDERAL' and state_code is null and municipality is null)
      or (level = 'STATE' and state_code is not null and municipality is null)
      or (level = 'MUNICIPAL' and state_code is not null and municipality is not null))
);

create unique index roundtable_one_per_scope on roundtable (level, coalesce(state_code, ''),
  lower(coalesce(municipality, '')), theme);

-- A member is an institution, with the person who sits for it when they use Refugio (user_id). External members
-- (other institutions, civil society) see the roundtable's report without case numbers.
create table roundtable_member (
  id               bigserial   primary key,
  roundtable_id    bigint      not null references roundtable (id),
  institution_code varchar(16) not null references roundtable_institution (code),
  user_id          varchar(64) check (user_id ~ '^[a-zA-Z0-9]+$'),
  external         boolean     not null,
  coordinator      boolean     not null default false,
  added_by         varchar(64) not null,
  added_at         timestamptz not null default now()
);

create unique index roundtable_member_user on roundtable_member (roundtable_id, user_id) where user_id is not null;
create unique index roundtable_member_institution on roundtable_member (roundtable_id, institution_code)
  where user_id is null;

create table roundtable_session (
  id            bigserial   primary key,
  roundtable_id bigint      not null references roundtable (id),
  held_on       date        not null,
  minutes_note  text        not null,
  recorded_by   varchar(64) not null,
  recorded_at   timestamptz not null default now()
);

create index roundtable_session_roundtable on roundtable_session (roundtable_id, held_on);

-- An agreement of a session, followed up by a roundtable-agreement process until closed.
create table roundtable_agreement (
  id                      bigserial   primary key,
  session_id              bigint      not null references roundtable_session (id),
  roundtable_id           bigint      not null references roundtable (id),
  text                    text        not null,
  responsible_institution varchar(16) not null references roundtable_institution (code),
  due_date                date        not null,
  status                  varchar(16) not null default 'OPEN' check (status in ('OPEN', 'CLOSED')),
  last_note               text,
  escalated_at            timestamptz,
  closed_on               date,
  process_instance_id     varchar(64),
  created_at              timestamptz not null default now()
);

create index roundtable_agreement_roundtable on roundtable_agreement (roundtable_id, status, due_date);

-- Every follow-up of an agreement, in order (the agreement keeps the latest note).
create table roundtable_agreement_progress (
  id           bigserial   primary key,
  agreement_id bigint      not null references roundtable_agreement (id),
  note         text        not null,
  closed       boolean     not null,
  recorded_by  varchar(64) not null,
  recorded_at  timestamptz not null default now()
);

create index roundtable_agreement_progress_agreement on roundtable_agreement_progress (agreement_id, recorded_at);

-- The gaps of a roundtable's scope are read by state (and municipality) over a period.
create index inclusion_gap_scope on inclusion_gap (state_code, opened_on);
