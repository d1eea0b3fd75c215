/**
 * The HTTP plumbing every spkg resource shares, and nothing else: content negotiation ({@link
 * org.w3id.spkg.server.http.ContentNegotiation}, the one place a representation is chosen), the
 * common response headers ({@link org.w3id.spkg.server.http.CommonHeaders}, applied by {@link
 * org.w3id.spkg.server.http.ResourceServlet}), static files ({@link
 * org.w3id.spkg.server.http.StaticFiles}), HTML templates that escape by default ({@link
 * org.w3id.spkg.server.http.HtmlTemplates}, the one place HTML is escaped) and RDF answers ({@link
 * org.w3id.spkg.server.http.RdfResponses}). It depends on no other part of the server.
 */
package org.w3id.spkg.server.http;
