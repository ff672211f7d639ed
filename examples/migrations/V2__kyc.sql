-- Know-your-customer data for cross-border orders.
ALTER TABLE member ADD COLUMN id_card CHAR(18);
ALTER TABLE member ADD COLUMN birthday DATE;
COMMENT ON COLUMN member.id_card IS '身份证号';
COMMENT ON COLUMN member.birthday IS '出生日期';
