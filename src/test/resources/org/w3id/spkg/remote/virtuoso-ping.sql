-- Answers once the server takes SQL: virtuoso-start.sh polls with it.
SELECT 1;
