-- Step I of a workshop is a wall between participants: once one has handed the laptop on, their
-- ratings are never shown one by one again, only together in the group's spread (step II).
-- handed_over counts the participants who have handed over; the one at the laptop is the next.
-- It replaces current_participant, which only remembered where the screen was and let it page back.
ALTER TABLE workshop ADD COLUMN handed_over INT NOT NULL DEFAULT 0;

-- Workshops under way keep those before the remembered participant behind the wall. One that had
-- gone on past step I with the last participant (the old hand-over to the dialogue) and a closed
-- one have all handed over.
UPDATE workshop SET handed_over = CASE
    WHEN status = 'AVSLUTAD' THEN participants
    WHEN current_step > 1 AND current_participant >= participants THEN participants
    ELSE GREATEST(0, LEAST(participants, current_participant) - 1)
END;

ALTER TABLE workshop DROP COLUMN current_participant;

ALTER TABLE workshop ADD CONSTRAINT workshop_handed_over_range CHECK (handed_over BETWEEN 0 AND participants);
