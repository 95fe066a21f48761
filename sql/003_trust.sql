-- Trust and safety: KYC cases with their documents and provider checks, moderation reports
-- and decisions, strikes, appeals, and the policy reasons decisions cite.
-- Scores are integers: risk_score 0-100, ai_score and provider scores 0-1000.

CREATE TABLE kyc_cases (
    id {{pk}},
    user_id BIGINT NOT NULL REFERENCES users (id),
    case_type TEXT NOT NULL
        CHECK (case_type IN ('age', 'identity', 'business', 'driver', 'host')),
    state TEXT NOT NULL DEFAULT 'pending'
        CHECK (state IN ('pending', 'in_review', 'approved', 'rejected',
                         'resubmission_requested', 'escalated')),
    provider TEXT,
    risk_score INTEGER NOT NULL DEFAULT 0 CHECK (risk_score BETWEEN 0 AND 100),
    watchlist_hits INTEGER NOT NULL DEFAULT 0 CHECK (watchlist_hits >= 0),
    country TEXT,
    attempts INTEGER NOT NULL DEFAULT 1,
    submitted_at BIGINT NOT NULL,
    due_at BIGINT,
    assigned_operator_id BIGINT REFERENCES operators (id),
    assigned_at BIGINT,
    -- Four-eyes on high-risk cases: a first reviewer recommends, a second operator decides.
    first_decision TEXT CHECK (first_decision IN ('approve', 'reject')),
    first_decided_by BIGINT REFERENCES operators (id),
    first_decided_at BIGINT,
    decided_by BIGINT REFERENCES operators (id),
    decided_at BIGINT,
    decision_reason TEXT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX kyc_cases_state ON kyc_cases (state, created_at, id);
CREATE INDEX kyc_cases_state_due ON kyc_cases (state, due_at, id);
CREATE INDEX kyc_cases_type_state ON kyc_cases (case_type, state, created_at, id);
CREATE INDEX kyc_cases_state_risk ON kyc_cases (state, risk_score, id);
CREATE INDEX kyc_cases_user ON kyc_cases (user_id, created_at, id);
CREATE INDEX kyc_cases_assigned ON kyc_cases (assigned_operator_id, state, id);

-- Document images and numbers are AES-256-GCM encrypted; purging clears them but keeps the row.
CREATE TABLE kyc_documents (
    id {{pk}},
    case_id BIGINT NOT NULL REFERENCES kyc_cases (id),
    kind TEXT NOT NULL CHECK (kind IN ('passport', 'national_id', 'driving_license',
                                       'residence_permit', 'selfie', 'proof_of_address',
                                       'business_registration', 'vehicle_registration',
                                       'insurance', 'property_deed')),
    attempt INTEGER NOT NULL DEFAULT 1,
    mime_type TEXT NOT NULL,
    issuing_country TEXT,
    expires_at BIGINT,
    content_encrypted {{blob}},
    document_number_encrypted {{blob}},
    sha256 TEXT,
    uploaded_at BIGINT NOT NULL,
    purged_at BIGINT
);
CREATE INDEX kyc_documents_case ON kyc_documents (case_id, attempt, id);
CREATE INDEX kyc_documents_purge ON kyc_documents (purged_at, uploaded_at, id);

-- One row per verification provider run.
CREATE TABLE kyc_checks (
    id {{pk}},
    case_id BIGINT NOT NULL REFERENCES kyc_cases (id),
    document_id BIGINT REFERENCES kyc_documents (id),
    provider TEXT NOT NULL,
    document_authenticity TEXT CHECK (document_authenticity IN ('pass', 'fail', 'inconclusive')),
    face_match_score INTEGER CHECK (face_match_score BETWEEN 0 AND 1000),
    liveness_score INTEGER CHECK (liveness_score BETWEEN 0 AND 1000),
    watchlist_hits INTEGER NOT NULL DEFAULT 0,
    result TEXT NOT NULL CHECK (result IN ('clear', 'consider', 'fail', 'error')),
    raw_json TEXT,
    checked_at BIGINT NOT NULL
);
CREATE INDEX kyc_checks_case ON kyc_checks (case_id, checked_at, id);

CREATE TABLE policy_reasons (
    code TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    default_severity TEXT NOT NULL
        CHECK (default_severity IN ('low', 'medium', 'high', 'critical')),
    strike_weight INTEGER NOT NULL DEFAULT 1,
    is_active BOOLEAN NOT NULL DEFAULT TRUE,
    version INTEGER NOT NULL DEFAULT 1
);
INSERT INTO policy_reasons (code, title, description, default_severity, strike_weight) VALUES
    ('ai_generated', 'AI-generated content',
        'Photos, profile text or messages produced by generative AI', 'medium', 1),
    ('impersonation', 'Impersonation', 'Pretending to be another person or brand', 'high', 2),
    ('harassment', 'Harassment', 'Insults, threats or unwanted repeated contact', 'high', 2),
    ('hate_speech', 'Hate speech',
        'Attacks on people for a protected characteristic', 'critical', 3),
    ('nudity', 'Nudity or sexual content',
        'Explicit imagery outside permitted contexts', 'high', 2),
    ('scam', 'Scam or fraud',
        'Attempts to obtain money or data under false pretences', 'critical', 3),
    ('spam', 'Spam', 'Unsolicited promotion or repetitive content', 'low', 1),
    ('underage', 'Underage user', 'Signs that the user is below the minimum age', 'critical', 3),
    ('violence', 'Violence', 'Threats or glorification of violence', 'critical', 3),
    ('prohibited_item', 'Prohibited item',
        'Listing of goods or services the platform does not allow', 'high', 2),
    ('misleading_listing', 'Misleading listing',
        'Description, price or photos that misrepresent the offer', 'medium', 1),
    ('ip_infringement', 'Intellectual property',
        'Content that infringes copyright or trademarks', 'medium', 1),
    ('other', 'Other', 'Anything not covered by a specific policy', 'low', 0);

CREATE TABLE moderation_reports (
    id {{pk}},
    subject_user_id BIGINT NOT NULL REFERENCES users (id),
    content_type TEXT NOT NULL
        CHECK (content_type IN ('profile', 'photo', 'message', 'review', 'agent_listing',
                                'vendor_listing', 'property_listing')),
    content_id BIGINT,
    content_excerpt TEXT,
    source TEXT NOT NULL CHECK (source IN ('user_report', 'automated')),
    ai_score INTEGER CHECK (ai_score BETWEEN 0 AND 1000),
    ai_source TEXT,
    reason TEXT NOT NULL REFERENCES policy_reasons (code),
    details TEXT,
    severity TEXT NOT NULL CHECK (severity IN ('low', 'medium', 'high', 'critical')),
    status TEXT NOT NULL DEFAULT 'unreviewed'
        CHECK (status IN ('unreviewed', 'in_review', 'escalated', 'resolved', 'dismissed')),
    reporter_user_id BIGINT REFERENCES users (id),
    claimed_by BIGINT REFERENCES operators (id),
    lease_until BIGINT,
    resolved_at BIGINT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX moderation_reports_status ON moderation_reports (status, created_at, id);
CREATE INDEX moderation_reports_status_severity
    ON moderation_reports (status, severity, created_at, id);
CREATE INDEX moderation_reports_status_ai ON moderation_reports (status, ai_score, id);
CREATE INDEX moderation_reports_subject ON moderation_reports (subject_user_id, created_at, id);
CREATE INDEX moderation_reports_content ON moderation_reports (content_type, content_id, id);

CREATE TABLE moderation_decisions (
    id {{pk}},
    report_id BIGINT NOT NULL REFERENCES moderation_reports (id),
    operator_id BIGINT REFERENCES operators (id),
    action TEXT NOT NULL CHECK (action IN ('dismiss', 'remove_content', 'warn', 'strike',
                                           'suspend', 'ban', 'escalate', 'restore')),
    reason TEXT NOT NULL REFERENCES policy_reasons (code),
    note TEXT,
    decided_at BIGINT NOT NULL
);
CREATE INDEX moderation_decisions_report ON moderation_decisions (report_id, decided_at, id);
CREATE INDEX moderation_decisions_operator ON moderation_decisions (operator_id, decided_at, id);

CREATE TABLE strikes (
    id {{pk}},
    user_id BIGINT NOT NULL REFERENCES users (id),
    report_id BIGINT REFERENCES moderation_reports (id),
    decision_id BIGINT REFERENCES moderation_decisions (id),
    reason TEXT NOT NULL REFERENCES policy_reasons (code),
    weight INTEGER NOT NULL DEFAULT 1,
    issued_by BIGINT REFERENCES operators (id),
    issued_at BIGINT NOT NULL,
    expires_at BIGINT,
    revoked_at BIGINT,
    revoked_by BIGINT REFERENCES operators (id)
);
CREATE INDEX strikes_user ON strikes (user_id, issued_at, id);

CREATE TABLE appeals (
    id {{pk}},
    user_id BIGINT NOT NULL REFERENCES users (id),
    appeal_type TEXT NOT NULL CHECK (appeal_type IN ('moderation', 'strike', 'suspension', 'kyc')),
    decision_id BIGINT REFERENCES moderation_decisions (id),
    strike_id BIGINT REFERENCES strikes (id),
    kyc_case_id BIGINT REFERENCES kyc_cases (id),
    message TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'open'
        CHECK (status IN ('open', 'in_review', 'upheld', 'overturned', 'withdrawn')),
    decided_by BIGINT REFERENCES operators (id),
    decided_at BIGINT,
    decision_note TEXT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX appeals_status ON appeals (status, created_at, id);
CREATE INDEX appeals_user ON appeals (user_id, created_at, id);
