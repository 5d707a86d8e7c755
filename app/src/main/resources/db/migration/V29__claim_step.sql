-- The steps where claims wait, kept as they happen, for the managers' bottleneck figures (org.refugio.insight): one
-- row per activity instance of asylum-claim at which a claim waits (user tasks, call activities, subprocesses,
-- receive tasks, intermediate catch events, the event-based gateway), with the claim's office and modality on the row.
-- The engine's own history has a row for every element a claim passes (gateways, service tasks, events: three times
-- as many) and no office; aggregating it for a year at COMAR scale took 1.8 s nationally and 3.6 s for Tapachula
-- (docs/performance.md, "Managers' views"). org.refugio.insight.ClaimStepHistory writes a row when the step starts
-- and completes it when the step ends, in the engine's transaction; the trigger below keeps office and modality.
create table claim_step (
  activity_instance_id varchar(64)  primary key,
  process_instance_id  varchar(64)  not null,
  activity_id          varchar(255) not null,
  activity_name        varchar(255),
  activity_type        varchar(64)  not null,
  -- the office that held the claim while the step was open: a transfer moves the open step to the new office and
  -- leaves the ended ones where they were worked; null until the process instance is linked to its claim
  office_code          varchar(8),
  -- the claim's modality (triage may set or change it after a step ended: every step follows it)
  modality             varchar(16),
  started_at           timestamptz  not null,
  ended_at             timestamptz,
  duration_ms          bigint
);

comment on table claim_step is
  'The activity instances of asylum-claim where a claim waits, with office and modality; written by org.refugio.insight';

-- time spent per activity in a period, nationally: in activity order, so that no sort of the period's rows precedes
-- the per-activity aggregates; and the same per office (a year nationally is about 1.1 million rows at COMAR scale:
-- the index's width is most of the view's time, hence no process key, the table being asylum-claim's alone)
create index claim_step_act_end on claim_step (activity_id, ended_at)
  include (duration_ms, modality) where ended_at is not null;
create index claim_step_office_act_end on claim_step (office_code, activity_id, ended_at)
  include (duration_ms, modality) where ended_at is not null;
-- what waits now, per activity
create index claim_step_open on claim_step (activity_id)
  include (office_code, modality, process_instance_id) where ended_at is null;
-- a claim's steps: the one it waits at (backlog, drill-downs) and the rows the trigger follows
create index claim_step_instance on claim_step (process_instance_id, started_at) include (activity_id, activity_type);

-- A claim's office and modality, onto its steps: all of them when the claim is linked to its process instance or
-- its modality changes; only the open ones when it is transferred (the ended ones stay with the office that worked
-- them).
create function claim_step_follow_claim() returns trigger
language plpgsql as $$
begin
  if new.process_instance_id is null then
    return null;
  end if;
  if tg_op = 'INSERT' or old.process_instance_id is distinct from new.process_instance_id then
    update refugio.claim_step set office_code = new.office_code, modality = new.modality
    where process_instance_id = new.process_instance_id;
    return null;
  end if;
  if old.modality is distinct from new.modality then
    update refugio.claim_step set modality = new.modality where process_instance_id = new.process_instance_id;
  end if;
  if old.office_code is distinct from new.office_code then
    update refugio.claim_step set office_code = new.office_code
    where process_instance_id = new.process_instance_id and ended_at is null;
  end if;
  return null;
end
$$;

create trigger claim_step_follow_claim after insert or update of process_instance_id, office_code, modality on claim
  for each row execute function claim_step_follow_claim();

-- Backfill from the engine's history, which may not exist yet on a fresh database: its start_time_ and end_time_ are
-- the engine's local time, read in this session's time zone (as V28 reads them). The activity types are
-- ClaimStepHistory.WAITING_TYPES. A step whose claim is gone keeps no office.
-- Everything from here on can run again (InsightApiIT does, over its seeded history): it keeps what is recorded.
do $$
declare
  engine_schema text;
begin
  select n.nspname into engine_schema
  from pg_class t join pg_namespace n on n.oid = t.relnamespace
  where t.relname = 'act_hi_actinst' and t.relkind in ('r', 'p')
  order by n.nspname = 'public' desc, n.nspname
  limit 1;
  if engine_schema is null then
    return;
  end if;
  execute format($backfill$
    insert into refugio.claim_step (activity_instance_id, process_instance_id, activity_id, activity_name,
      activity_type, office_code, modality, started_at, ended_at, duration_ms)
    select a.id_, a.proc_inst_id_, a.act_id_, a.act_name_, a.act_type_, c.office_code, c.modality,
      a.start_time_::timestamptz, a.end_time_::timestamptz, a.duration_
    from %I.act_hi_actinst a
    left join refugio.claim c on c.process_instance_id = a.proc_inst_id_
    where a.proc_def_key_ = 'asylum-claim'
      and a.act_type_ in ('userTask', 'callActivity', 'subProcess', 'receiveTask', 'eventBasedGateway',
        'intermediateTimer', 'intermediateMessageCatch', 'intermediateSignalCatch', 'intermediateConditional')
    on conflict (activity_instance_id) do nothing
    $backfill$, engine_schema);
end
$$;
