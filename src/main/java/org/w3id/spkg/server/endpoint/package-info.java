/**
 * The SPARQL endpoint's plumbing around Fuseki: the row-capped query service ({@link
 * org.w3id.spkg.server.endpoint.CappedQueryService}) and its Service Description, the guarded
 * update service and its SERVICE allow-list ({@link org.w3id.spkg.server.endpoint.ServicePolicy}),
 * the query size limit, request body deadlines, admission control for the requests that run queries
 * ({@link org.w3id.spkg.server.endpoint.QueryAdmission}), {@code TRACE} refused, {@code HEAD}
 * answered as {@code GET}, the write endpoints, the VoID description and the dumps. It depends only
 * on {@link org.w3id.spkg.server.http}.
 */
package org.w3id.spkg.server.endpoint;
