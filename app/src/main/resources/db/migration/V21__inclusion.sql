-- Inclusion after recognition (org.refugio.inclusion): the states and institutions referrals go to, the applicant's
-- consent, the referrals and their outcomes, and the gaps (refused or overdue referrals) that the inter-institutional
-- roundtables follow up. Roundtables themselves are in a later migration.

-- The 32 federal entities, with their ISO 3166-2:MX codes (without the "MX-"). Liaison groups are named after them
-- (inclusionChpHealth): the engine's resource whitelist allows letters and digits only.
create table mx_state (
  code char(3) primary key check (code ~ '^[A-Z]{3}$'),
  name text    not null unique
);

insert into mx_state (code, name) values
  ('AGU', 'Aguascalientes'), ('BCN', 'Baja California'), ('BCS', 'Baja California Sur'), ('CAM', 'Campeche'),
  ('CHP', 'Chiapas'), ('CHH', 'Chihuahua'), ('COA', 'Coahuila'), ('COL', 'Colima'),
  ('CMX', 'Ciudad de México'), ('DUR', 'Durango'), ('GUA', 'Guanajuato'), ('GRO', 'Guerrero'),
  ('HID', 'Hidalgo'), ('JAL', 'Jalisco'), ('MEX', 'Estado de México'), ('MIC', 'Michoacán'),
  ('MOR', 'Morelos'), ('NAY', 'Nayarit'), ('NLE', 'Nuevo León'), ('OAX', 'Oaxaca'),
  ('PUE', 'Puebla'), ('QUE', 'Querétaro'), ('ROO', 'Quintana Roo'), ('SLP', 'San Luis Potosí'),
  ('SIN', 'Sinaloa'), ('SON', 'Sonora'), ('TAB', 'Tabasco'), ('TAM', 'Tamaulipas'),
  ('TLA', 'Tlaxcala'), ('VER', 'Veracruz'), ('YUC', 'Yucatán'), ('ZAC', 'Zacatecas');

alter table office add column state_code char(3) references mx_state (code);
update office o set state_code = s.code from mx_state s where s.name = o.state;
alter table office alter column state_code set not null;

-- Where the person lives now (referrals go to the services of that state); unknown until recorded, then the
-- office's state stands in.
alter table claim add column residence_state char(3) references mx_state (code);
alter table claim add column residence_municipality text;

-- The institutions that receive referrals, and the themes of the roundtables.
create table inclusion_institution (
  code  varchar(16) primary key check (code ~ '^[A-Z][A-Z0-9]{1,15}$'),
  name  text        not null,
  theme varchar(16) not null check (theme in ('IDENTITY', 'LABOR', 'EDUCATION', 'HEALTH'))
);

insert into inclusion_institution (code, name, theme) values
  ('RENAPO', 'Registro Nacional de Población', 'IDENTITY'),
  ('INM',    'Instituto Nacional de Migración', 'IDENTITY'),
  ('SRE',    'Secretaría de Relaciones Exteriores', 'IDENTITY'),
  ('SNE',    'Servicio Nacional de Empleo', 'LABOR'),
  ('SEP',    'Secretaría de Educación Pública', 'EDUCATION'),
  ('IMSSB',  'IMSS-Bienestar', 'HEALTH');

-- Consent is append-only: the latest row per claim, person and scope is the one that counts. A referral is sent
-- only while the latest consent for its theme (or ALL) is given.
create table inclusion_consent (
  id          bigserial   primary key,
  claim_id    bigint      not null references claim (id),
  person_id   bigint      references person (id),
  scope       varchar(16) not null check (scope in ('ALL', 'IDENTITY', 'LABOR', 'EDUCATION', 'HEALTH')),
  given       boolean     not null,
  recorded_by varchar(64) not null,
  recorded_at timestamptz not null default now()
);

create index inclusion_consent_claim on inclusion_consent (claim_id, scope, recorded_at desc);

-- The maintained list of reasons a referral is pending or refused.
create table referral_reason (
  code       varchar(40) primary key check (code ~ '^[A-Z][A-Z0-9_]*$'),
  label      text        not null,
  active     boolean     not null default true,
  created_by varchar(64) not null,
  created_at timestamptz not null default now()
);

insert into referral_reason (code, label, created_by) values
  ('MISSING_DOCUMENT',  'Falta un documento', 'system'),
  ('FEE_DEMANDED',      'Se exigió un pago', 'system'),
  ('NO_CAPACITY',       'Sin capacidad de atención', 'system'),
  ('DISCRIMINATION',    'Discriminación', 'system'),
  ('NOT_RECOGNIZED_ID', 'No se reconoció el documento de identidad', 'system'),
  ('PERSON_UNREACHABLE', 'No se pudo contactar a la persona', 'system'),
  ('OTHER',             'Otro motivo', 'system');

create table referral (
  id                  bigserial   primary key,
  claim_id            bigint      not null references claim (id),
  person_id           bigint      not null references person (id),
  theme               varchar(16) not null check (theme in ('IDENTITY', 'LABOR', 'EDUCATION', 'HEALTH')),
  -- what is asked for: PERMANENT_CURP, RESIDENCE_CARD, SRE_DOCUMENT, EMPLOYMENT, SCHOOL_ENROLMENT,
  -- CERTIFICATE_REVALIDATION, HEALTH_REGISTRATION
  service             varchar(40) not null,
  institution_code    varchar(16) not null references inclusion_institution (code),
  state_code          char(3)     not null references mx_state (code),
  municipality        text,
  status              varchar(24) not null default 'AWAITING_CONSENT'
                        check (status in ('AWAITING_CONSENT', 'SENT', 'ATTENDED', 'PENDING', 'REFUSED', 'OVERDUE',
                                          'CANCELLED')),
  due_date            date,
  reason_code         varchar(40) references referral_reason (code),
  outcome_detail      text,
  follow_up_on        date,
  process_instance_id varchar(64),
  created_at          timestamptz not null default now(),
  sent_at             timestamptz,
  outcome_at          timestamptz,
  outcome_by          varchar(64),
  unique (claim_id, person_id, service),
  check (status not in ('PENDING', 'REFUSED') or reason_code is not null)
);

create index referral_claim on referral (claim_id);

-- Added by the referrals work (org.refugio.inclusion): how many business days the institution has once the referral
-- is sent (from the inclusion-referrals decision), and, for a permanent CURP, the RENAPO exchange that asylum-claim
-- already made (interop_exchange.idempotency_key): that referral is never sent to RENAPO a second time.
alter table referral add column due_business_days smallint not null default 10 check (due_business_days > 0);
alter table referral add column interop_key varchar(64);

-- What the inclusion-referrals decision needs to know of each person beyond age and health needs: unknown until
-- recorded (PUT /api/claims/{caseNumber}/residence).
alter table person add column schooling_level varchar(16)
  check (schooling_level in ('NONE', 'PRIMARY', 'SECONDARY', 'UPPER_SECONDARY', 'HIGHER'));
alter table person add column certificates_abroad boolean not null default false;
create index referral_open_due on referral (state_code, theme, due_date) where status in ('SENT', 'PENDING');

-- Every outcome recorded for a referral, in order (the referral row keeps the latest).
create table referral_outcome (
  id           bigserial   primary key,
  referral_id  bigint      not null references referral (id),
  status       varchar(24) not null check (status in ('ATTENDED', 'PENDING', 'REFUSED')),
  reason_code  varchar(40) references referral_reason (code),
  detail       text,
  follow_up_on date,
  recorded_by  varchar(64) not null,
  recorded_at  timestamptz not null default now()
);

create index referral_outcome_referral on referral_outcome (referral_id, recorded_at);

-- A gap: a referral refused (kind REFUSED, with its reason) or not attended by its due date (kind OVERDUE, reason
-- null). Theme, institution, state and municipality are copied from the referral so that roundtable reports read
-- one table. A gap is closed when the referral is later attended.
create table inclusion_gap (
  id               bigserial   primary key,
  referral_id      bigint      not null references referral (id),
  kind             varchar(16) not null check (kind in ('REFUSED', 'OVERDUE')),
  theme            varchar(16) not null check (theme in ('IDENTITY', 'LABOR', 'EDUCATION', 'HEALTH')),
  institution_code varchar(16) not null references inclusion_institution (code),
  state_code       char(3)     not null references mx_state (code),
  municipality     text,
  reason_code      varchar(40) references referral_reason (code),
  opened_on        date        not null,
  closed_on        date,
  check (kind <> 'REFUSED' or reason_code is not null),
  check (closed_on is null or closed_on >= opened_on)
);

-- one open gap of each kind per referral
create unique index inclusion_gap_one_open on inclusion_gap (referral_id, kind) where closed_on is null;
create index inclusion_gap_report on inclusion_gap (opened_on, state_code, theme);
