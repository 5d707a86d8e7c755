-- Refugio's own tables. The engine's ACT_* tables live in the public schema and are the engine's.

-- Offices are reference data: adding an office is a migration or an admin task, never a code change.
create table office (
  code  varchar(8)  primary key check (code ~ '^[A-Z]{2,8}$'),
  name  text        not null,
  state text        not null
);

insert into office (code, name, state) values
  ('CDMX', 'Ciudad de México',    'Ciudad de México'),
  ('TAP',  'Tapachula',           'Chiapas'),
  ('PAL',  'Palenque',            'Chiapas'),
  ('TNQ',  'Tenosique',           'Tabasco'),
  ('VSA',  'Villahermosa',        'Tabasco'),
  ('ACY',  'Acayucan',            'Veracruz'),
  ('MTY',  'Monterrey',           'Nuevo León'),
  ('TIJ',  'Tijuana',             'Baja California'),
  ('GDL',  'Guadalajara',         'Jalisco');

create table claim (
  id                      bigserial    primary key,
  case_number             varchar(32)  not null unique,
  office_code             varchar(8)   not null references office (code),
  application_date        date         not null,
  entry_date              date         not null,
  entry_place             text         not null,
  detained                boolean      not null,
  filed_by_representative boolean      not null,
  late_filing             boolean      not null,
  prior_claim             boolean      not null default false,
  exclusion_indicators    boolean      not null default false,
  address                 text,
  phone                   text,
  email                   text,
  status                  varchar(16)  not null default 'OPEN' check (status in ('OPEN', 'CLOSED')),
  modality                varchar(16),
  priority                integer,
  decision_due            date,
  outcome                 varchar(32),
  process_instance_id     varchar(64),
  registered_by           varchar(64)  not null,
  registered_at           timestamptz  not null default now(),
  closed_at               timestamptz,
  check (entry_date <= application_date)
);

create index claim_office_status on claim (office_code, status);

-- The principal applicant and the dependants of a family case.
create table person (
  id             bigserial   primary key,
  claim_id       bigint      not null references claim (id),
  role           varchar(16) not null check (role in ('PRINCIPAL', 'DEPENDANT')),
  relationship   varchar(32),
  given_names    text        not null,
  family_names   text        not null,
  sex            char(1)     not null check (sex in ('F', 'M', 'X')),
  date_of_birth  date        not null,
  nationality    char(2)     not null,
  languages      text[]      not null,
  other_languages text,
  specific_needs text[]      not null default '{}'
);

create index person_claim on person (claim_id);
create unique index person_one_principal on person (claim_id) where role = 'PRINCIPAL';

-- Case numbers are gap-free per office and year: the row lock taken by the increment is held until the
-- registration commits, and a rolled-back registration gives its number back.
create table case_number_counter (
  office_code varchar(8) not null references office (code),
  year        integer    not null,
  last_value  integer    not null,
  primary key (office_code, year)
);

-- A registration request repeated with the same Idempotency-Key by the same user returns the first claim.
create table claim_idempotency_key (
  requested_by    varchar(64)  not null,
  idempotency_key varchar(200) not null,
  claim_id        bigint       not null references claim (id),
  created_at      timestamptz  not null default now(),
  primary key (requested_by, idempotency_key)
);

-- Documents issued by the system (constancia, resolution), kept in the database with their checksum so that every
-- node sees them and a database backup is a backup of everything.
create table issued_document (
  id           bigserial    primary key,
  claim_id     bigint       not null references claim (id),
  type         varchar(32)  not null,
  file_name    text         not null,
  content_type varchar(100) not null,
  content      bytea        not null,
  sha256       char(64)     not null,
  issued_by    varchar(64)  not null,
  issued_at    timestamptz  not null default now()
);

create index issued_document_claim on issued_document (claim_id);
