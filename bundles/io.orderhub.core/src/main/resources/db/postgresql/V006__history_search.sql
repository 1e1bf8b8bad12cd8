-- History search (per-order results by account, order, outcome and time) and the daily purge of runs
-- older than the retention period. job_result has no account column: searches join job.

CREATE INDEX job_result_order ON job_result (order_id, id);
CREATE INDEX job_result_number ON job_result (mall_order_number, id);
CREATE INDEX job_result_outcome_at ON job_result (outcome, result_at);
CREATE INDEX job_result_at ON job_result (result_at);
CREATE INDEX job_finished ON job (finished_at);
