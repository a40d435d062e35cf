-- A case cancelled before its execution began: who cancelled it and why (state CANCELLED).
alter table support_case add column cancelled_by varchar(255);
alter table support_case add column cancellation_reason varchar(2000);
