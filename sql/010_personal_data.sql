-- Personal data sealed with the platform's AES-256-GCM key (see PersonalDataVault): the phone
-- number a user gave and the birthdate a KYC applicant's document states. The key itself is
-- never in the database; app_settings holds only its id.

ALTER TABLE users ADD COLUMN phone_encrypted {{blob}};
ALTER TABLE kyc_cases ADD COLUMN birthdate_encrypted {{blob}};
