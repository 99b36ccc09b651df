-- A translation that ships with Samordna (the first is Arabic) comes into a survey "att granska": forms
-- print in it, but the coordinator is shown that no one who knows the language has read it yet, until
-- they approve it. A row marks a language of a survey as still to be reviewed; approving removes it.
-- Translations the coordinator types in get no row.
CREATE TABLE survey_translation_review (
    survey_id BIGINT     NOT NULL,
    language  VARCHAR(8) NOT NULL,
    marked_at TIMESTAMP  NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT survey_translation_review_pk PRIMARY KEY (survey_id, language),
    CONSTRAINT survey_translation_review_survey_fk FOREIGN KEY (survey_id) REFERENCES survey (id) ON DELETE CASCADE
);
