-- Moderation queues: a stored queue and priority on every report so each queue and filter the
-- console offers reads an index range in priority order, duplicates counted on the report they
-- repeat, decisions that remember their suspension length and strike-ladder step, per-operator
-- preferences, and the strike ladder in app_settings.

-- unreviewed (status unreviewed or in_review), escalated, resolved (resolved or dismissed), or
-- duplicate (counted on the open report of the same content named by duplicate_of).
ALTER TABLE moderation_reports ADD COLUMN queue TEXT NOT NULL DEFAULT 'unreviewed'
    CHECK (queue IN ('unreviewed', 'escalated', 'resolved', 'duplicate'));
ALTER TABLE moderation_reports ADD COLUMN report_count INTEGER NOT NULL DEFAULT 1
    CHECK (report_count >= 1);
-- Permille: the reporter's share of past reports that led to action, or the detector's score.
ALTER TABLE moderation_reports ADD COLUMN reporter_accuracy INTEGER NOT NULL DEFAULT 500
    CHECK (reporter_accuracy BETWEEN 0 AND 1000);
-- Moderation::reportPriority(severity, report_count, reporter_accuracy).
ALTER TABLE moderation_reports ADD COLUMN priority INTEGER NOT NULL DEFAULT 0;
-- The report's place in its queue, highest first: the priority while the report is open, the
-- time it was resolved once it is. One column, so a single index per filter serves every queue.
ALTER TABLE moderation_reports ADD COLUMN queue_rank BIGINT NOT NULL DEFAULT 0;
ALTER TABLE moderation_reports ADD COLUMN duplicate_of BIGINT REFERENCES moderation_reports (id);

UPDATE moderation_reports SET queue = CASE status
    WHEN 'escalated' THEN 'escalated'
    WHEN 'resolved' THEN 'resolved'
    WHEN 'dismissed' THEN 'resolved'
    ELSE 'unreviewed' END;
UPDATE moderation_reports SET reporter_accuracy = COALESCE(ai_score, 500)
    WHERE source = 'automated';
UPDATE moderation_reports SET priority = CASE severity
        WHEN 'critical' THEN 4000 WHEN 'high' THEN 3000 WHEN 'medium' THEN 2000 ELSE 1000 END
    + CASE WHEN report_count > 10 THEN 500 ELSE 50 * report_count END
    + reporter_accuracy * 400 / 1000;
UPDATE moderation_reports SET resolved_at = updated_at
    WHERE queue = 'resolved' AND resolved_at IS NULL;
UPDATE moderation_reports SET queue_rank = CASE queue
    WHEN 'resolved' THEN resolved_at ELSE priority END;

-- The status-led indexes are superseded by the queue indexes below.
DROP INDEX moderation_reports_status_severity;
DROP INDEX moderation_reports_status_ai;

-- Every queue in rank order (open: highest priority first, then oldest; resolved: newest
-- first), one index per filter the console offers. Each filter index carries the other filters'
-- columns after the rank, so a combination of filters is checked inside the index: rows the
-- filters reject cost no table lookups, however far down the queue the matches are.
CREATE INDEX moderation_reports_queue ON moderation_reports (queue, queue_rank DESC, id);
CREATE INDEX moderation_reports_queue_type ON moderation_reports
    (queue, content_type, queue_rank DESC, id, reason, severity, source);
CREATE INDEX moderation_reports_queue_reason ON moderation_reports
    (queue, reason, queue_rank DESC, id, content_type, severity, source);
CREATE INDEX moderation_reports_queue_severity ON moderation_reports
    (queue, severity, queue_rank DESC, id, content_type, reason, source);
CREATE INDEX moderation_reports_queue_source ON moderation_reports
    (queue, source, queue_rank DESC, id, content_type, reason, severity);
CREATE INDEX moderation_reports_subject_queue
    ON moderation_reports (subject_user_id, queue, queue_rank DESC, id);
-- Partial: most reports are unclaimed and no duplicate, and a column that is mostly NULL would
-- look unselective to SQLite's statistics.
CREATE INDEX moderation_reports_claimed ON moderation_reports (claimed_by, queue_rank DESC, id)
    WHERE claimed_by IS NOT NULL;
-- The age of a queue's oldest item.
CREATE INDEX moderation_reports_queue_created ON moderation_reports (queue, created_at, id);
-- A reporter's past accuracy, and the reports counted on an open one.
CREATE INDEX moderation_reports_reporter ON moderation_reports (reporter_user_id, status);
CREATE INDEX moderation_reports_duplicate ON moderation_reports (duplicate_of, id)
    WHERE duplicate_of IS NOT NULL;

-- days: the suspension the decision imposed; ladder_*: the strike-ladder step it crossed.
ALTER TABLE moderation_decisions ADD COLUMN days INTEGER;
ALTER TABLE moderation_decisions ADD COLUMN ladder_action TEXT
    CHECK (ladder_action IN ('warn', 'suspend', 'ban'));
ALTER TABLE moderation_decisions ADD COLUMN ladder_days INTEGER;

CREATE INDEX strikes_decision ON strikes (decision_id);
CREATE INDEX appeals_decision ON appeals (decision_id, id);

CREATE TABLE moderation_preferences (
    operator_id BIGINT PRIMARY KEY REFERENCES operators (id),
    blur_images BOOLEAN NOT NULL DEFAULT TRUE,
    updated_at BIGINT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);

-- strikes: total weight of a user's active strikes at which the step applies.
INSERT INTO app_settings (key, value, updated_at, version) VALUES ('moderation.ladder',
    '{"strike_expiry_days":180,"steps":[{"strikes":3,"action":"suspend","days":7},{"strikes":5,"action":"suspend","days":30},{"strikes":8,"action":"ban"}]}',
    0, 1);
