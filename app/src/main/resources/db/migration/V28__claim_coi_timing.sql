-- The COI turnaround of each claim, kept as it happens (org.refugio.coi writes it in the transaction of what it
-- records), so that the managers' figures read one row per claim instead of deriving it from the engine's history
-- and every attachment on each request (docs/performance.md, "Managers' views").
create table claim_coi_timing (
  claim_id              bigint      primary key references claim (id),
  -- when the claim reached the COI step (asylum-claim's call_request_coi, i.e. coi-request started); null: not yet
  coi_step_reached_at   timestamptz,
  -- the first COI document attached to the claim (earliest attached_at, then lowest document id), and what the
  -- figures need of it: when it entered the repository and the SRE request it answered, if any
  first_coi_attached_at timestamptz,
  first_coi_document_id bigint      references coi_document (id),
  first_coi_uploaded_at timestamptz,
  first_coi_request_id  bigint      references coi_request (id),
  -- REPOSITORY: the document was in the repository when the claim reached the step (attached at once); SRE: SRE's
  -- answer to a request, uploaded after the claim reached the step (the claim waited for it); OTHER: uploaded after
  -- the claim reached the step, not by SRE; null: no COI yet, or the step not reached
  coi_source            varchar(10) generated always as (
    case
      when first_coi_attached_at is null or coi_step_reached_at is null then null
      when first_coi_uploaded_at <= coi_step_reached_at then 'REPOSITORY'
      when first_coi_request_id is not null then 'SRE'
      else 'OTHER'
    end) stored,
  check ((first_coi_attached_at is null) = (first_coi_document_id is null))
);

comment on table claim_coi_timing is
  'Per claim: when it reached the COI step and its first COI attached (time, document, source); written by org.refugio.coi';

-- Backfill from what exists: the first COI attached to each claim, and when each claim reached the COI step in the
-- engine's history (the same derivation the figures used before; its start_time_ is the engine's local time, read in
-- this session's time zone as the figures read it). The engine's tables may not exist yet on a fresh database.
-- Everything from here on can run again (InsightApiIT does, over its seeded history): it keeps what is recorded.
insert into claim_coi_timing (claim_id, first_coi_attached_at, first_coi_document_id, first_coi_uploaded_at,
  first_coi_request_id)
select distinct on (cc.claim_id) cc.claim_id, cc.attached_at, d.id, d.uploaded_at, d.coi_request_id
from claim_coi cc join coi_document d on d.id = cc.document_id
order by cc.claim_id, cc.attached_at, cc.document_id
on conflict (claim_id) do nothing;

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
    insert into refugio.claim_coi_timing as t (claim_id, coi_step_reached_at)
    select c.id, min(a.start_time_)::timestamptz
    from %I.act_hi_actinst a join refugio.claim c on c.process_instance_id = a.proc_inst_id_
    where a.proc_def_key_ = 'asylum-claim' and a.act_id_ = 'call_request_coi'
    group by c.id
    on conflict (claim_id) do update set coi_step_reached_at = coalesce(t.coi_step_reached_at, excluded.coi_step_reached_at)
    $backfill$, engine_schema);
end
$$;
