-- What registration learns for the talks with other institutions: the principal applicant's preference for the
-- gender of the interpreter and interviewer (interview-requirements DMN, the booking request to the provider), and
-- the claim's profile as reported, in COI tag codes (the topics of coi-request: the COI attached and asked of SRE).
alter table person add column interpreter_gender_preference char(1)
  check (interpreter_gender_preference in ('F', 'M'));
comment on column person.interpreter_gender_preference is
  'Principal applicant only: F or M when the applicant asks for an interpreter and interviewer of that gender; null: no preference';

alter table claim add column profile text[] not null default '{}';
comment on column claim.profile is
  'COI tag codes (coi_tag.code) of the claim''s grounds as reported at registration, e.g. {pandillas}';
