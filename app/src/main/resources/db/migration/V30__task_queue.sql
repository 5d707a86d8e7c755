-- The officers' queues, kept as tasks change (org.refugio.security.QueueTaskQueries): one row per open task and
-- candidate group, with what a queue filters and sorts by. The engine answers a queue's page and count by joining
-- every candidate link of the group with its task and counting distinct ids; at COMAR scale (16,740 tasks in
-- Tapachula's eligibility queue) that was most of the 50-60 ms of machine time a Tasklist list request cost, and 20
-- officers at once on 2 cores need about 10 ms (docs/performance.md, "Officer queue"). Here a count is one index
-- range and a page is the first rows of another.
--
-- The rows are written by the triggers below on the engine's ACT_RU_TASK and ACT_RU_IDENTITYLINK, in the engine's
-- own statements' transaction, whatever engine path changes a task (a completion, a claim, a bulk suspension, a
-- migration, a deletion). The triggers themselves are made at start-up with the table rebuilt under a lock
-- (QueueTriggers): nothing orders Flyway after the engine's schema creation. They only read the engine's rows.
create table task_queue (
  group_id         varchar(255) not null,
  task_id          varchar(64)  not null,
  assigned         boolean      not null,
  -- the engine's code: 1 active, 2 suspended
  suspension_state integer      not null,
  tenant_id        varchar(64),
  priority         integer      not null,
  due_date         timestamp,
  follow_up_date   timestamp,
  create_time      timestamp,
  primary key (group_id, task_id)
);

comment on table task_queue is
  'The open tasks of each candidate group, kept from the engine''s runtime tables by triggers (org.refugio.security)';

-- a queue's open tasks as the offices' filters sort them (priority, then due date) and as Tasklist's "due date"
-- column does, active ones (Tasklist's lists ask for them) a range of each; a count of a group's open tasks, with or
-- without the state (Tasklist's badge counts the filter as saved, without it), reads a range of either index only
-- (the tenant is there for the engine's tenant check)
create index task_queue_open_priority on task_queue (group_id, suspension_state, priority desc, due_date, task_id)
  include (tenant_id) where not assigned;
create index task_queue_open_due on task_queue (group_id, suspension_state, due_date, task_id)
  include (tenant_id) where not assigned;
-- the rows of a task, for the task's own changes
create index task_queue_task on task_queue (task_id);

-- a candidate group's link added or removed: the task joins or leaves the group's queue (a second link of the same
-- group to the same task, which the engine allows, keeps it there)
create function task_queue_follow_link() returns trigger language plpgsql as $$
begin
  if tg_op in ('DELETE', 'UPDATE') and old.type_ = 'candidate' and old.group_id_ is not null
      and old.task_id_ is not null then
    delete from refugio.task_queue q
     where q.group_id = old.group_id_ and q.task_id = old.task_id_
       and not exists (select 1 from act_ru_identitylink l
                        where l.task_id_ = old.task_id_ and l.group_id_ = old.group_id_
                          and l.type_ = 'candidate' and l.id_ <> old.id_);
  end if;
  if tg_op in ('INSERT', 'UPDATE') and new.type_ = 'candidate' and new.group_id_ is not null
      and new.task_id_ is not null then
    insert into refugio.task_queue (group_id, task_id, assigned, suspension_state, tenant_id, priority, due_date,
                                    follow_up_date, create_time)
    select new.group_id_, t.id_, t.assignee_ is not null, t.suspension_state_, t.tenant_id_, t.priority_,
           t.due_date_, t.follow_up_date_, t.create_time_
      from act_ru_task t
     where t.id_ = new.task_id_
    on conflict (group_id, task_id) do nothing;
  end if;
  return null;
end $$;

-- a task's assignee, state, tenant or order changed: every queue it is in follows
create function task_queue_follow_task() returns trigger language plpgsql as $$
begin
  if tg_op = 'DELETE' then
    delete from refugio.task_queue where task_id = old.id_;
  else
    update refugio.task_queue
       set assigned = new.assignee_ is not null, suspension_state = new.suspension_state_,
           tenant_id = new.tenant_id_, priority = new.priority_, due_date = new.due_date_,
           follow_up_date = new.follow_up_date_, create_time = new.create_time_
     where task_id = new.id_;
  end if;
  return null;
end $$;
