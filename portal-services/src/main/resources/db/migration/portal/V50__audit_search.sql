-- The audit log's search (issue 25, item 6): the filters by actor and action, and the date range,
-- read one chain; each index leads with the chain so that a filtered page of one organisation never
-- scans another's events. Targets (GUNs, requests) are free text of any length and are not indexed:
-- they are matched within what the other conditions leave.
create index audit_event_actor_idx on audit_event (organisation, actor, id);
create index audit_event_action_idx on audit_event (organisation, action, id);
create index audit_event_occurred_idx on audit_event (organisation, occurred_at);
