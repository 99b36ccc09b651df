-- The day an action plan was sent (submitted; seed 004: "senast den 1 december årligen"), or NULL while
-- it has not been. A date, not a flag, so the plan can say when it went and Hem can stop reminding.
ALTER TABLE action_plan ADD COLUMN sent_on DATE;
