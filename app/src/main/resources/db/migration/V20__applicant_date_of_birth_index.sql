-- The front desk finds an applicant by name and date of birth among every file (350,000 at COMAR, with their
-- dependants about 700,000 people): the date of birth narrows the search to a few dozen people before any name
-- matching. docs/performance.md records what it was measured to buy.
create index if not exists person_date_of_birth on refugio.person (date_of_birth);
