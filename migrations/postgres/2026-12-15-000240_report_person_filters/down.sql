DROP INDEX persons_sex;
CREATE INDEX persons_sex ON persons (sex);
DROP INDEX persons_region;
CREATE INDEX persons_region ON persons (region);
