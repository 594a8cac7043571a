DROP TABLE integration_services;
DROP TABLE residence_permits;
