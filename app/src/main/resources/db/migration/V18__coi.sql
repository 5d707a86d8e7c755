-- Country-of-origin information (COI): documents per country with topic tags, the open requests to the Foreign
-- Ministry (SRE), and which documents each claim relies on. A COI request carries country, topics and question only:
-- nothing links it to a claim or a person, so SRE staff who answer it learn nothing about any applicant.

create extension if not exists unaccent;

-- Spanish full-text search that ignores accents: "migracion" finds "migración".
-- unaccent may already live in another schema (created by an earlier migration or a DBA): name its dictionary there.
create text search configuration refugio.es_unaccent (copy = pg_catalog.spanish);
do $$
declare
  unaccent_schema text;
begin
  select n.nspname into unaccent_schema
  from pg_extension e join pg_namespace n on n.oid = e.extnamespace
  where e.extname = 'unaccent';
  execute format('alter text search configuration refugio.es_unaccent '
    || 'alter mapping for hword, hword_part, word with %I.unaccent, spanish_stem', unaccent_schema);
end
$$;

create table coi_tag (
  code       varchar(40) primary key check (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  label      text        not null,
  created_by varchar(64) not null,
  created_at timestamptz not null default now()
);

insert into coi_tag (code, label, created_by) values
  ('violencia-generalizada', 'Violencia generalizada', 'system'),
  ('pandillas',              'Pandillas y crimen organizado', 'system'),
  ('violencia-de-genero',    'Violencia de género', 'system'),
  ('persecucion-politica',   'Persecución política', 'system'),
  ('lgbti',                  'Personas LGBTI', 'system'),
  ('ninez',                  'Niñas, niños y adolescentes', 'system');

create table coi_request (
  id           bigserial   primary key,
  country      char(2)     not null check (country ~ '^[A-Z]{2}$'),
  topics       text[]      not null default '{}',
  question     text        not null,
  status       varchar(16) not null default 'OPEN' check (status in ('OPEN', 'ANSWERED')),
  opened_at    timestamptz not null default now(),
  answered_at  timestamptz,
  answered_by  varchar(64)
);

-- one open request per country, however many claims wait for it
create unique index coi_request_one_open_per_country on coi_request (country) where status = 'OPEN';

create table coi_document (
  id             bigserial    primary key,
  country        char(2)      not null check (country ~ '^[A-Z]{2}$'),
  title          text         not null,
  source         text         not null,
  published_on   date         not null,
  review_by      date         not null,
  media_type     varchar(16)  not null check (media_type in ('application/pdf', 'text/html')),
  content        bytea        not null,
  sha256         char(64)     not null,
  body_text      text         not null,
  coi_request_id bigint       references coi_request (id),
  uploaded_by    varchar(64)  not null,
  uploaded_at    timestamptz  not null default now(),
  search         tsvector     generated always as
                   (to_tsvector('refugio.es_unaccent'::regconfig, title || ' ' || source || ' ' || body_text)) stored,
  check (review_by >= published_on)
);

create index coi_document_country_review on coi_document (country, review_by);
create index coi_document_search on coi_document using gin (search);

create table coi_document_tag (
  document_id bigint      not null references coi_document (id),
  tag_code    varchar(40) not null references coi_tag (code),
  primary key (document_id, tag_code)
);

-- the COI a claim relies on: attached automatically by coi-request or by an officer
create table claim_coi (
  claim_id    bigint      not null references claim (id),
  document_id bigint      not null references coi_document (id),
  attached_by varchar(64) not null,
  attached_at timestamptz not null default now(),
  primary key (claim_id, document_id)
);

-- Interpreter bookings with the interpretation provider. The provider is told language, interpreter gender, office
-- and day only; the reference (also the request's idempotency key) is derived from the claim and the attempt.
create table interpretation_booking (
  reference          varchar(64)   primary key,
  claim_id           bigint        not null references claim (id),
  attempt            integer       not null check (attempt > 0),
  language           varchar(8),
  interpreter_gender varchar(3)    not null check (interpreter_gender in ('ANY', 'F', 'M')),
  office_code        varchar(8)    not null references office (code),
  provider_reference text,
  status             varchar(16)   not null check (status in ('REQUESTED', 'CONFIRMED', 'MANUAL')),
  interpreter_name   text,
  starts_at          timestamptz,
  cost_mxn           numeric(12, 2) check (cost_mxn >= 0),
  requested_at       timestamptz   not null default now(),
  confirmed_at       timestamptz,
  unique (claim_id, attempt)
);

-- Exchanges with INM (notice of the claim, for the humanitarian visitor card) and RENAPO (temporary CURP at
-- admission, permanent CURP after protection is granted). The idempotency key is derived from the claim and the step,
-- so a retried step never asks twice.
create table interop_exchange (
  idempotency_key varchar(64) primary key,
  claim_id        bigint      not null references claim (id),
  party           varchar(8)  not null check (party in ('INM', 'RENAPO')),
  kind            varchar(24) not null check (kind in ('CLAIM_NOTICE', 'TEMPORARY_CURP', 'PERMANENT_CURP')),
  answer          text        not null,
  status          varchar(24) not null,
  exchanged_at    timestamptz not null default now(),
  unique (claim_id, kind)
);
