DROP INDEX persons_name_trigrams;
