-- A notification's text in English beside the Vietnamese one, so the bell, the API (Accept-Language) and the
-- emails speak each reader's language; null for rows written before (they read in Vietnamese).
alter table notification add column text_en varchar(2000);
