/**
 * The ontology as the server publishes it at {@code /ontology}: the files, their documentation page
 * ({@link org.w3id.spkg.server.ontology.OntologyDocumentation}) and the JSON-LD context ({@link
 * org.w3id.spkg.server.ontology.OntologyContext}), chosen by content negotiation in {@link
 * org.w3id.spkg.server.ontology.OntologyResource}. It depends only on {@link
 * org.w3id.spkg.server.http}.
 */
package org.w3id.spkg.server.ontology;
