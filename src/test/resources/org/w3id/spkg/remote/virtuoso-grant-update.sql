-- Lets the anonymous HTTP user SPARQL write: what PUT on /sparql-graph-crud needs (without it,
-- 403 "SQ110: SECURITY: Permission denied for delete from DB.DBA.RDF_QUAD"). It also opens SPARQL
-- Update on /sparql to anyone who can reach the port: for a loopback test instance only. A real
-- deployment keeps the grant off and writes through /sparql-graph-crud-auth (HTTP digest).
GRANT SPARQL_UPDATE TO "SPARQL";
