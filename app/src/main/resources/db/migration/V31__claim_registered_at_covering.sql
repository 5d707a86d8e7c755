-- The claims registered in a period with what the interpreter lead-time view groups them by (id for the join with
-- their bookings, office, modality): read from the index alone (index-only scan, once the table is vacuumed) instead
-- of the table's pages or a scan of every claim. Same key as V19's index, so the views it served keep it. At COMAR
-- scale (170,964 claims in a year, 39,528 bookings): the interpreter statement of the national KPI view 312 → 249 ms
-- mean, four runs each interleaved in one session (docs/performance.md, "Managers' KPIs at 1.0").
drop index if exists refugio.claim_registered_at;
create index claim_registered_at on refugio.claim (registered_at, office_code) include (id, modality);
