DROP TABLE survey_responses;
DROP TABLE questionnaires;
