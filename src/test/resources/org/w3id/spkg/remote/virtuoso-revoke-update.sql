-- Undoes virtuoso-grant-update.sql: anonymous PUT on /sparql-graph-crud is refused again.
REVOKE SPARQL_UPDATE FROM "SPARQL";
