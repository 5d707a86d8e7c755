-- The rules workbench (org.refugio.rules): drafts of a decision table, their review, the test cases every draft must
-- pass, and the record of each version the workbench deployed (who wrote it, who approved it, why).

CREATE TABLE rule_draft (
  id             BIGSERIAL PRIMARY KEY,
  decision_key   TEXT        NOT NULL,
  -- the version of the decision the draft was written from (null: not known)
  base_version   INTEGER,
  dmn_xml        TEXT        NOT NULL,
  status         TEXT        NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED')),
  author         TEXT        NOT NULL,
  created_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
  reason         TEXT,
  submitted_at   TIMESTAMPTZ,
  reviewer       TEXT,
  reviewed_at    TIMESTAMPTZ,
  review_comment TEXT,
  deployment_id  TEXT,
  deployed_version INTEGER
);
CREATE INDEX rule_draft_decision ON rule_draft (decision_key, created_at DESC);

CREATE TABLE rule_test_case (
  id           BIGSERIAL PRIMARY KEY,
  decision_key TEXT        NOT NULL,
  name         TEXT        NOT NULL,
  -- {"variable": value, ...}: the decision's inputs
  inputs       JSONB       NOT NULL,
  -- {"output": value, ...}: the outputs of the first (or single) result; an output not listed is not checked
  expected     JSONB       NOT NULL,
  created_by   TEXT        NOT NULL,
  updated_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX rule_test_case_decision ON rule_test_case (decision_key, id);

CREATE TABLE rule_deployment (
  id             BIGSERIAL PRIMARY KEY,
  decision_key   TEXT        NOT NULL,
  version        INTEGER     NOT NULL,
  deployment_id  TEXT        NOT NULL,
  kind           TEXT        NOT NULL CHECK (kind IN ('APPROVED_DRAFT', 'ROLLBACK')),
  draft_id       BIGINT REFERENCES rule_draft (id),
  -- for a rollback: the version whose table was deployed again
  restored_version INTEGER,
  author         TEXT        NOT NULL,
  approver       TEXT,
  reason         TEXT        NOT NULL,
  deployed_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
  UNIQUE (decision_key, version)
);

-- Test cases from ClaimTriageDecisionTest and LegalDeadlinesDecisionTest, so that a draft is held to what the
-- shipped tables are tested for.

INSERT INTO rule_test_case (decision_key, name, inputs, expected, created_by) VALUES ('claim-triage', 'Indicios de exclusión y detenida', '{"exclusionIndicators": true, "priorClaim": false, "detained": true, "specificNeeds": false, "nationality": "GT", "lateFiling": false}', '{"modality": "REGULAR", "priority": 90, "interviewType": "FULL", "seniorReview": true}', 'refugio');
INSERT INTO rule_test_case (decision_key, name, inputs, expected, created_by) VALUES ('claim-triage', 'Indicios de exclusión y necesidades específicas', '{"exclusionIndicators": true, "priorClaim": false, "detained": false, "specificNeeds": true, "nationality": "GT", "lateFiling": false}', '{"modality": "REGULAR", "priority": 80, "interviewType": "FULL", "seniorReview": true}', 'refugio');
INSERT INTO rule_test_case (decision_key, name, inputs, expected, created_by) VALUES ('claim-triage', 'Indicios de exclusión', '{"exclusionIndicators": true, "priorClaim": false, "detained": false, "specificNeeds": false, "nationality": "GT", "lateFiling": false}', '{"modality": "REGULAR", "priority": 50, "interviewType": "FULL", "seniorReview": true}', 'refugio');
INSERT INTO rule_test_case (decision_key, name, inputs, expected, created_by) VALUES ('claim-triage', 'Solicitud previa y detenida', '{"exclusionIndicators": false, "priorClaim": true, "detained": true, "specificNeeds": false, "nationality": "GT", "lateFiling": false}', '{"modality": "REGULAR", "priority": 90, "interviewType": "FULL", "seniorReview": true}', 'refugio');
INSERT INTO rule_test_case (decision_key, name, inputs, expected, created_by) VALUES ('claim-triage', 'Solicitud previa y necesidades específicas', '{"exclusionIndicators": false, "priorClaim": true, "detained": false, "specificNeeds": true, "nationality": "GT", "lateFiling": false}', '{"modality": "REGULAR", "priority": 80, "interviewType": "FULL", "seniorReview": true}', 'refugio');
INSERT INTO rule_test_case (decision_key, name, inputs, expected, created_by) VALUES ('claim-triage', 'Solicitud previa', '{"exclusionIndicators": false, "priorClaim": true, "detained": false, "specificNeeds": false, "nationality": "GT", "lateFiling": false}', '{"modality": "REGULAR", "priority": 50, "interviewType": "FULL", "seniorReview": true}', 'refugio');
INSERT INTO rule_test_case (decision_key, name, inputs, expected, created_by) VALUES ('claim-triage', 'Detenida en estación migratoria', '{"exclusionIndicators": false, "priorClaim": false, "detained": true, "specificNeeds": false, "nationality": "GT", "lateFiling": false}', '{"modality": "MERGED", "priority": 90, "interviewType": "FULL", "seniorReview": false}', 'refugio');
INSERT INTO rule_test_case (decision_key, name, inputs, expected, created_by) VALUES ('claim-triage', 'Necesidades específicas', '{"exclusionIndicators": false, "priorClaim": false, "detained": false, "specificNeeds": true, "nationality": "GT", "lateFiling": false}', '{"modality": "ACCELERATED", "priority": 80, "interviewType": "FULL", "seniorReview": false}', 'refugio');
INSERT INTO rule_test_case (decision_key, name, inputs, expected, created_by) VALUES ('claim-triage', 'Presunción de inclusión (Cartagena): VE en plazo', '{"exclusionIndicators": false, "priorClaim": false, "detained": false, "specificNeeds": false, "nationality": "VE", "lateFiling": false}', '{"modality": "SIMPLIFIED", "priority": 50, "interviewType": "SIMPLIFIED", "seniorReview": false}', 'refugio');
INSERT INTO rule_test_case (decision_key, name, inputs, expected, created_by) VALUES ('claim-triage', 'Presunción de inclusión (Cartagena): HN en plazo', '{"exclusionIndicators": false, "priorClaim": false, "detained": false, "specificNeeds": false, "nationality": "HN", "lateFiling": false}', '{"modality": "SIMPLIFIED", "priority": 50, "interviewType": "SIMPLIFIED", "seniorReview": false}', 'refugio');
INSERT INTO rule_test_case (decision_key, name, inputs, expected, created_by) VALUES ('claim-triage', 'Presunción de inclusión (Cartagena): SV en plazo', '{"exclusionIndicators": false, "priorClaim": false, "detained": false, "specificNeeds": false, "nationality": "SV", "lateFiling": false}', '{"modality": "SIMPLIFIED", "priority": 50, "interviewType": "SIMPLIFIED", "seniorReview": false}', 'refugio');
INSERT INTO rule_test_case (decision_key, name, inputs, expected, created_by) VALUES ('claim-triage', 'Solicitud extemporánea', '{"exclusionIndicators": false, "priorClaim": false, "detained": false, "specificNeeds": false, "nationality": "GT", "lateFiling": true}', '{"modality": "REGULAR", "priority": 40, "interviewType": "FULL", "seniorReview": false}', 'refugio');
INSERT INTO rule_test_case (decision_key, name, inputs, expected, created_by) VALUES ('claim-triage', 'Solicitud ordinaria (GT en plazo, sin nada especial)', '{"exclusionIndicators": false, "priorClaim": false, "detained": false, "specificNeeds": false, "nationality": "GT", "lateFiling": false}', '{"modality": "REGULAR", "priority": 50, "interviewType": "FULL", "seniorReview": false}', 'refugio');
INSERT INTO rule_test_case (decision_key, name, inputs, expected, created_by) VALUES ('claim-triage', 'Exclusión prevalece sobre todo lo demás (VE)', '{"exclusionIndicators": true, "priorClaim": true, "detained": true, "specificNeeds": true, "nationality": "VE", "lateFiling": true}', '{"modality": "REGULAR", "priority": 90, "interviewType": "FULL", "seniorReview": true}', 'refugio');
INSERT INTO rule_test_case (decision_key, name, inputs, expected, created_by) VALUES ('claim-triage', 'HN con indicios de exclusión no se simplifica', '{"exclusionIndicators": true, "priorClaim": false, "detained": false, "specificNeeds": false, "nationality": "HN", "lateFiling": false}', '{"modality": "REGULAR", "priority": 50, "interviewType": "FULL", "seniorReview": true}', 'refugio');
INSERT INTO rule_test_case (decision_key, name, inputs, expected, created_by) VALUES ('claim-triage', 'Detenida con solicitud previa no se fusiona', '{"exclusionIndicators": false, "priorClaim": true, "detained": true, "specificNeeds": true, "nationality": "GT", "lateFiling": false}', '{"modality": "REGULAR", "priority": 90, "interviewType": "FULL", "seniorReview": true}', 'refugio');
INSERT INTO rule_test_case (decision_key, name, inputs, expected, created_by) VALUES ('claim-triage', 'VE con solicitud previa no se simplifica', '{"exclusionIndicators": false, "priorClaim": true, "detained": false, "specificNeeds": false, "nationality": "VE", "lateFiling": false}', '{"modality": "REGULAR", "priority": 50, "interviewType": "FULL", "seniorReview": true}', 'refugio');
INSERT INTO rule_test_case (decision_key, name, inputs, expected, created_by) VALUES ('claim-triage', 'Detenida con necesidades específicas', '{"exclusionIndicators": false, "priorClaim": false, "detained": true, "specificNeeds": true, "nationality": "GT", "lateFiling": false}', '{"modality": "MERGED", "priority": 90, "interviewType": "FULL", "seniorReview": false}', 'refugio');
INSERT INTO rule_test_case (decision_key, name, inputs, expected, created_by) VALUES ('claim-triage', 'SV detenida y extemporánea se fusiona', '{"exclusionIndicators": false, "priorClaim": false, "detained": true, "specificNeeds": false, "nationality": "SV", "lateFiling": true}', '{"modality": "MERGED", "priority": 90, "interviewType": "FULL", "seniorReview": false}', 'refugio');
INSERT INTO rule_test_case (decision_key, name, inputs, expected, created_by) VALUES ('claim-triage', 'VE con necesidades específicas se acelera', '{"exclusionIndicators": false, "priorClaim": false, "detained": false, "specificNeeds": true, "nationality": "VE", "lateFiling": false}', '{"modality": "ACCELERATED", "priority": 80, "interviewType": "FULL", "seniorReview": false}', 'refugio');
INSERT INTO rule_test_case (decision_key, name, inputs, expected, created_by) VALUES ('claim-triage', 'Necesidades específicas y extemporánea', '{"exclusionIndicators": false, "priorClaim": false, "detained": false, "specificNeeds": true, "nationality": "GT", "lateFiling": true}', '{"modality": "ACCELERATED", "priority": 80, "interviewType": "FULL", "seniorReview": false}', 'refugio');
INSERT INTO rule_test_case (decision_key, name, inputs, expected, created_by) VALUES ('claim-triage', 'VE extemporánea no se simplifica', '{"exclusionIndicators": false, "priorClaim": false, "detained": false, "specificNeeds": false, "nationality": "VE", "lateFiling": true}', '{"modality": "REGULAR", "priority": 40, "interviewType": "FULL", "seniorReview": false}', 'refugio');
INSERT INTO rule_test_case (decision_key, name, inputs, expected, created_by) VALUES ('claim-triage', 'Nacionalidad no registrada', '{"exclusionIndicators": false, "priorClaim": false, "detained": false, "specificNeeds": false, "nationality": null, "lateFiling": false}', '{"modality": "REGULAR", "priority": 50, "interviewType": "FULL", "seniorReview": false}', 'refugio');
INSERT INTO rule_test_case (decision_key, name, inputs, expected, created_by) VALUES ('legal-deadlines', 'FILING en REGULAR: 30 BUSINESS_DAYS', '{"milestone": "FILING", "modality": "REGULAR"}', '{"amount": 30, "unit": "BUSINESS_DAYS"}', 'refugio');
INSERT INTO rule_test_case (decision_key, name, inputs, expected, created_by) VALUES ('legal-deadlines', 'FILING en ACCELERATED: 30 BUSINESS_DAYS', '{"milestone": "FILING", "modality": "ACCELERATED"}', '{"amount": 30, "unit": "BUSINESS_DAYS"}', 'refugio');
INSERT INTO rule_test_case (decision_key, name, inputs, expected, created_by) VALUES ('legal-deadlines', 'PREVENTION_REPLY en REGULAR: 5 BUSINESS_DAYS', '{"milestone": "PREVENTION_REPLY", "modality": "REGULAR"}', '{"amount": 5, "unit": "BUSINESS_DAYS"}', 'refugio');
INSERT INTO rule_test_case (decision_key, name, inputs, expected, created_by) VALUES ('legal-deadlines', 'INM_NOTICE en MERGED: 72 HOURS', '{"milestone": "INM_NOTICE", "modality": "MERGED"}', '{"amount": 72, "unit": "HOURS"}', 'refugio');
INSERT INTO rule_test_case (decision_key, name, inputs, expected, created_by) VALUES ('legal-deadlines', 'RATIFICATION en REGULAR: 3 BUSINESS_DAYS', '{"milestone": "RATIFICATION", "modality": "REGULAR"}', '{"amount": 3, "unit": "BUSINESS_DAYS"}', 'refugio');
INSERT INTO rule_test_case (decision_key, name, inputs, expected, created_by) VALUES ('legal-deadlines', 'DECISION en REGULAR: 45 BUSINESS_DAYS', '{"milestone": "DECISION", "modality": "REGULAR"}', '{"amount": 45, "unit": "BUSINESS_DAYS"}', 'refugio');
INSERT INTO rule_test_case (decision_key, name, inputs, expected, created_by) VALUES ('legal-deadlines', 'DECISION en ACCELERATED: 45 BUSINESS_DAYS', '{"milestone": "DECISION", "modality": "ACCELERATED"}', '{"amount": 45, "unit": "BUSINESS_DAYS"}', 'refugio');
INSERT INTO rule_test_case (decision_key, name, inputs, expected, created_by) VALUES ('legal-deadlines', 'DECISION_EXTENSION en SIMPLIFIED: 45 BUSINESS_DAYS', '{"milestone": "DECISION_EXTENSION", "modality": "SIMPLIFIED"}', '{"amount": 45, "unit": "BUSINESS_DAYS"}', 'refugio');
INSERT INTO rule_test_case (decision_key, name, inputs, expected, created_by) VALUES ('legal-deadlines', 'DECISION_WARNING en REGULAR: 80 PERCENT', '{"milestone": "DECISION_WARNING", "modality": "REGULAR"}', '{"amount": 80, "unit": "PERCENT"}', 'refugio');
INSERT INTO rule_test_case (decision_key, name, inputs, expected, created_by) VALUES ('legal-deadlines', 'APPEAL en PRIMA_FACIE: 15 BUSINESS_DAYS', '{"milestone": "APPEAL", "modality": "PRIMA_FACIE"}', '{"amount": 15, "unit": "BUSINESS_DAYS"}', 'refugio');
INSERT INTO rule_test_case (decision_key, name, inputs, expected, created_by) VALUES ('legal-deadlines', 'INTERNAL_TARGET en ACCELERATED: 20 BUSINESS_DAYS', '{"milestone": "INTERNAL_TARGET", "modality": "ACCELERATED"}', '{"amount": 20, "unit": "BUSINESS_DAYS"}', 'refugio');
INSERT INTO rule_test_case (decision_key, name, inputs, expected, created_by) VALUES ('legal-deadlines', 'INTERNAL_TARGET en SIMPLIFIED: 30 BUSINESS_DAYS', '{"milestone": "INTERNAL_TARGET", "modality": "SIMPLIFIED"}', '{"amount": 30, "unit": "BUSINESS_DAYS"}', 'refugio');
INSERT INTO rule_test_case (decision_key, name, inputs, expected, created_by) VALUES ('legal-deadlines', 'INTERNAL_TARGET en MERGED: 30 BUSINESS_DAYS', '{"milestone": "INTERNAL_TARGET", "modality": "MERGED"}', '{"amount": 30, "unit": "BUSINESS_DAYS"}', 'refugio');
INSERT INTO rule_test_case (decision_key, name, inputs, expected, created_by) VALUES ('legal-deadlines', 'INTERNAL_TARGET en PRIMA_FACIE: 15 BUSINESS_DAYS', '{"milestone": "INTERNAL_TARGET", "modality": "PRIMA_FACIE"}', '{"amount": 15, "unit": "BUSINESS_DAYS"}', 'refugio');
INSERT INTO rule_test_case (decision_key, name, inputs, expected, created_by) VALUES ('legal-deadlines', 'INTERNAL_TARGET en REGULAR: 45 BUSINESS_DAYS', '{"milestone": "INTERNAL_TARGET", "modality": "REGULAR"}', '{"amount": 45, "unit": "BUSINESS_DAYS"}', 'refugio');
