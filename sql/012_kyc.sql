-- KYC review: the checklist each case type must complete before approval, the reason templates
-- rejections and resubmission requests use, the history of every step on a case, the review
-- settings, and the indexes that make each list the console offers a range scan in key order.

-- What a reviewer confirms before approving a case of a type, in display order.
CREATE TABLE kyc_checklist_items (
    case_type TEXT NOT NULL
        CHECK (case_type IN ('age', 'identity', 'business', 'driver', 'host')),
    item TEXT NOT NULL,
    label TEXT NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (case_type, item)
);
INSERT INTO kyc_checklist_items (case_type, item, label, position) VALUES
    ('age', 'document_readable', 'Document is legible and shows no signs of alteration', 1),
    ('age', 'birthdate_matches', 'Birthdate on the document matches the one entered', 2),
    ('age', 'minimum_age', 'Applicant is at least 18 years old', 3),
    ('age', 'selfie_matches', 'Selfie matches the photo on the document', 4),
    ('identity', 'document_authentic', 'Provider report shows the document as authentic', 1),
    ('identity', 'document_valid', 'Document has not expired', 2),
    ('identity', 'name_matches', 'Name on the document matches the account', 3),
    ('identity', 'selfie_matches', 'Selfie matches the photo on the document', 4),
    ('identity', 'liveness_passed', 'Liveness check passed', 5),
    ('identity', 'watchlist_reviewed', 'Watchlist results reviewed', 6),
    ('business', 'registration_valid', 'Business registration is current and genuine', 1),
    ('business', 'owner_identified', 'Owner''s identity document matches the account', 2),
    ('business', 'name_matches', 'Registered name matches the vendor name', 3),
    ('business', 'address_verified', 'Proof of address is recent and matches', 4),
    ('business', 'watchlist_reviewed', 'Watchlist results reviewed', 5),
    ('driver', 'licence_valid', 'Driving licence is genuine and not expired', 1),
    ('driver', 'licence_matches', 'Licence holder matches the account and the selfie', 2),
    ('driver', 'vehicle_registered', 'Vehicle registration names the applicant', 3),
    ('driver', 'insurance_valid', 'Insurance covers commercial passenger transport', 4),
    ('driver', 'watchlist_reviewed', 'Watchlist results reviewed', 5),
    ('host', 'identity_matches', 'Identity document matches the account', 1),
    ('host', 'property_documented', 'Deed or lease covers the listed property', 2),
    ('host', 'address_verified', 'Proof of address matches the property', 3),
    ('host', 'watchlist_reviewed', 'Watchlist results reviewed', 4);

-- Ticked checklist items, per attempt: a new attempt starts with an empty checklist.
CREATE TABLE kyc_case_checklist (
    case_id BIGINT NOT NULL REFERENCES kyc_cases (id),
    attempt INTEGER NOT NULL,
    item TEXT NOT NULL,
    checked_by BIGINT REFERENCES operators (id),
    checked_at BIGINT NOT NULL,
    PRIMARY KEY (case_id, attempt, item)
);

-- Reasons for a rejection or a resubmission request, with the message the applicant receives.
CREATE TABLE kyc_reason_templates (
    code TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('reject', 'resubmit')),
    title TEXT NOT NULL,
    message TEXT NOT NULL,
    position INTEGER NOT NULL,
    is_active BOOLEAN NOT NULL DEFAULT TRUE,
    updated_at BIGINT NOT NULL DEFAULT 0,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX kyc_reason_templates_kind ON kyc_reason_templates (kind, position, code);
INSERT INTO kyc_reason_templates (code, kind, title, message, position) VALUES
    ('document_altered', 'reject', 'Document appears altered',
        'We could not verify your identity because the document you provided appears to have '
        || 'been altered. If you think this is a mistake, you can appeal from your account.', 1),
    ('face_mismatch', 'reject', 'Selfie does not match the document',
        'We could not verify your identity because your selfie does not match the photo on '
        || 'your document. If you think this is a mistake, you can appeal from your account.', 2),
    ('watchlist_match', 'reject', 'Watchlist match confirmed',
        'We are unable to complete your verification. If you think this is a mistake, you can '
        || 'appeal from your account.', 3),
    ('underage', 'reject', 'Below the minimum age',
        'You must be at least 18 years old to use this service, so we cannot verify your '
        || 'account.', 4),
    ('business_unverifiable', 'reject', 'Business could not be verified',
        'We could not confirm that the business you registered exists and is run by you. '
        || 'If you think this is a mistake, you can appeal from your account.', 5),
    ('other_reject', 'reject', 'Other reason',
        'We could not complete your verification. If you think this is a mistake, you can '
        || 'appeal from your account.', 6),
    ('unreadable', 'resubmit', 'Document unreadable',
        'The photo of your document is blurred or cut off. Please upload a new photo that '
        || 'shows all four corners and where all text is readable.', 1),
    ('expired', 'resubmit', 'Document expired',
        'The document you uploaded has expired. Please upload a document that is currently '
        || 'valid.', 2),
    ('selfie_unclear', 'resubmit', 'Selfie unclear',
        'We could not compare your selfie with your document. Please take a new selfie in good '
        || 'light, facing the camera, without glasses or a hat.', 3),
    ('wrong_document', 'resubmit', 'Wrong document type',
        'The document you uploaded is not one we accept for this verification. Please upload '
        || 'a passport, national identity card or driving licence.', 4),
    ('missing_document', 'resubmit', 'Document missing',
        'A document we need for this verification is missing. Please upload every document '
        || 'the app asks for.', 5),
    ('address_outdated', 'resubmit', 'Proof of address too old',
        'Your proof of address must be less than three months old. Please upload a recent '
        || 'utility bill or bank statement.', 6);

-- Every step on a case: who, when, and for decisions the template, the message sent to the
-- applicant and the reviewer's private note.
CREATE TABLE kyc_case_events (
    id {{pk}},
    case_id BIGINT NOT NULL REFERENCES kyc_cases (id),
    attempt INTEGER NOT NULL,
    operator_id BIGINT REFERENCES operators (id),
    actor TEXT NOT NULL DEFAULT '',
    action TEXT NOT NULL
        CHECK (action IN ('submitted', 'claimed', 'released', 'checked', 'unchecked',
                          'first_approval', 'approved', 'rejected', 'resubmission_requested',
                          'escalated', 'resubmitted')),
    item TEXT,
    template TEXT REFERENCES kyc_reason_templates (code),
    applicant_message TEXT,
    note TEXT,
    at BIGINT NOT NULL
);
CREATE INDEX kyc_case_events_case ON kyc_case_events (case_id, id);

-- Review settings shared by every console.
INSERT INTO app_settings (key, value, updated_at) VALUES
    ('kyc.sla_hours.age', '24', 0),
    ('kyc.sla_hours.identity', '48', 0),
    ('kyc.sla_hours.business', '72', 0),
    ('kyc.sla_hours.driver', '72', 0),
    ('kyc.sla_hours.host', '72', 0),
    ('kyc.four_eyes.risk_threshold', '70', 0),
    ('kyc.retention_days', '90', 0);

-- kyc.list keys every list by (due_at, id): queues ascending, decided lists descending. "Open"
-- is the literal predicate below; the partial indexes match it textually in the queries.
CREATE INDEX kyc_cases_due ON kyc_cases (due_at, id);
CREATE INDEX kyc_cases_type_due ON kyc_cases (case_type, due_at, id);
CREATE INDEX kyc_cases_type_state_due ON kyc_cases (case_type, state, due_at, id);
CREATE INDEX kyc_cases_open_due ON kyc_cases (due_at, id)
    WHERE state IN ('pending', 'in_review', 'escalated');
CREATE INDEX kyc_cases_open_type_due ON kyc_cases (case_type, due_at, id)
    WHERE state IN ('pending', 'in_review', 'escalated');
CREATE INDEX kyc_cases_open_assigned_due ON kyc_cases (assigned_operator_id, due_at, id)
    WHERE state IN ('pending', 'in_review', 'escalated');
-- Applicant search walks users by name or email, then their cases in id order.
CREATE INDEX kyc_cases_user_case ON kyc_cases (user_id, id);
-- Retention: decided cases by decision time.
CREATE INDEX kyc_cases_decided ON kyc_cases (state, decided_at, id);
