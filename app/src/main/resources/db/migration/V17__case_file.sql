-- The case file: every read of a claim's personal data, scans and evidence uploaded to it (with versions), officers'
-- notes, the public status PIN, and the paper file's location and custody.

-- In public, beside the engine's tables, so that queries on the application's connections find their functions.
create extension if not exists pg_trgm schema public;
create extension if not exists unaccent schema public;

-- Who read which case file, when, what and why; refusals too. Rows are never updated or deleted by the application.
create table case_file_read (
  id          bigserial    primary key,
  case_number varchar(32)  not null,
  claim_id    bigint       references claim (id),
  office_code varchar(8),
  user_id     varchar(64)  not null,
  read_at     timestamptz  not null default now(),
  what        varchar(64)  not null,
  why         text         not null,
  granted     boolean      not null
);

create index case_file_read_claim on case_file_read (case_number, read_at);
create index case_file_read_office on case_file_read (office_code, read_at);

-- Scans and evidence uploaded to a claim. A replaced document keeps its row: the new version points to the same
-- document key with the next version number.
create table case_document (
  id                        bigserial    primary key,
  claim_id                  bigint       not null references claim (id),
  document_key              bigint       not null,
  version                   integer      not null,
  type                      varchar(32)  not null,
  person_id                 bigint       references person (id),
  file_name                 text         not null,
  content_type              varchar(100) not null,
  size_bytes                bigint       not null,
  content                   bytea        not null,
  sha256                    char(64)     not null,
  confidential              boolean      not null default false,
  confidential_from_family  boolean      not null default false,
  uploaded_by               varchar(64)  not null,
  uploaded_at               timestamptz  not null default now(),
  unique (document_key, version)
);

create index case_document_claim on case_document (claim_id);

-- Officers' notes on a case file.
create table case_note (
  id           bigserial    primary key,
  claim_id     bigint       not null references claim (id),
  text         text         not null,
  confidential boolean      not null default false,
  written_by   varchar(64)  not null,
  written_at   timestamptz  not null default now()
);

create index case_note_claim on case_note (claim_id);

-- Front-desk search by name: accent-insensitive trigram matching on the people of every claim.
-- unaccent() is only stable (its dictionary could change); naming the dictionary makes the folding fixed, so that
-- an index can use it.
create or replace function refugio.fold_name(text) returns text
  language sql immutable parallel safe
  as $$ select lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;

-- The search always gives the date of birth, which narrows the candidates to a handful before names are compared.
create index person_date_of_birth on person (date_of_birth);

-- The PIN printed on the constancia, by which the applicant reads their claim's status on the public page. Only its
-- hash is kept; repeated wrong PINs lock the case number for a while.
create table status_pin (
  claim_id        bigint       primary key references claim (id),
  pin_hash        text         not null,
  failed_attempts integer      not null default 0,
  locked_until    timestamptz
);

-- The paper file of a claim: its label, where it is, who holds it, how far it is digitized. When it may be destroyed
-- follows from the claim's closure (refugio.casefile.retention-years), so it is not stored.
create table physical_file (
  claim_id           bigint       primary key references claim (id),
  label_code         varchar(32)  not null unique,
  office_code        varchar(8)   not null references office (code),
  room               text,
  shelf              text,
  box                text,
  custody            varchar(16)  not null default 'SHELVED'
                       check (custody in ('SHELVED', 'CHECKED_OUT', 'IN_TRANSIT')),
  holder             varchar(64),
  transit_to         varchar(8)   references office (code),
  digitization       varchar(16)  not null default 'PENDING' check (digitization in ('PENDING', 'SCANNED', 'VERIFIED')),
  page_count         integer
);

-- Every movement of a paper file: the custody chain.
create table physical_file_event (
  id          bigserial    primary key,
  claim_id    bigint       not null references physical_file (claim_id),
  kind        varchar(16)  not null,
  detail      text,
  by_user     varchar(64)  not null,
  at          timestamptz  not null default now()
);

create index physical_file_event_claim on physical_file_event (claim_id, at);

-- Fields of a claim marked confidential (the address of a person fleeing violence, their specific needs): shown only
-- to the office's eligibility, review and management staff and the legal unit.
create table case_confidential_field (
  claim_id   bigint       not null references claim (id),
  field      varchar(32)  not null,
  marked_by  varchar(64)  not null,
  marked_at  timestamptz  not null default now(),
  primary key (claim_id, field)
);
