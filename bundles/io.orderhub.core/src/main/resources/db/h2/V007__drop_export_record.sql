-- Every send is in the outbox since V003 (which copied the old records into it); nothing reads or writes
-- export_record any more.

DROP TABLE export_record;
