DROP TABLE vacancies;
