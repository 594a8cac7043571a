DROP TABLE movements;
DROP TABLE job_places;
DROP TABLE social_enterprise_beneficiaries;
DROP TABLE social_enterprise_partners;
DROP TABLE social_enterprises;
DROP TABLE job_placements;
