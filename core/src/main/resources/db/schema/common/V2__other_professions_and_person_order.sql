-- Professions beyond the listed parts (free text), and a stable order for people within a role.

ALTER TABLE centre ADD COLUMN other_professions VARCHAR(500) NOT NULL DEFAULT '';

ALTER TABLE person ADD COLUMN sort_order INT NOT NULL DEFAULT 0;
