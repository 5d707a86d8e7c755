-- Indexes for the managers' figures (org.refugio.insight). The engine's own tables get theirs from
-- org.refugio.insight.EngineHistoryIndexes at start-up: nothing orders this migration after the engine's tables.

-- claims registered or concluded in a period, per office
create index if not exists claim_registered_at on refugio.claim (registered_at, office_code);
create index if not exists claim_closed_at on refugio.claim (closed_at, office_code) where closed_at is not null;
-- from an engine process instance to its claim
create index if not exists claim_process_instance on refugio.claim (process_instance_id);
-- open deadlines by due date, and a process instance's deadlines
create index if not exists deadline_open_due on refugio.deadline (due_at) where status = 'OPEN';
create index if not exists deadline_process_instance on refugio.deadline (process_instance_id);
