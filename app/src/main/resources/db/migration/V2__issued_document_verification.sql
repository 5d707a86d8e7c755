-- Every issued document carries a random code, printed on it and encoded in its QR code, by which the public
-- verification page finds it. Nothing has been issued before this migration, so the column can be required.
alter table issued_document add column verification_code varchar(32) not null unique;
