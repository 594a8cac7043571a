DROP TABLE risks;
DROP TABLE projects;
