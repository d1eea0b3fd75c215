/**
 * The HTTP plumbing every spkg resource shares, and nothing else: content negotiation ({@link
 * org.w3id.spkg.server.http.ContentNegotiation}, the one place a representation is chosen), the
 * common response headers ({@link org.w3id.spkg.server.http.CommonHeaders}, applied by {@link
 * org.w3id.spkg.server.http.ResourceServlet}, and {@link org.w3id.spkg.server.http.ResponseHeaders}
 * and {@link org.w3id.spkg.server.http.CorsHandler} in front of everything), static files ({@link
 * org.w3id.spkg.server.http.StaticFiles}), HTML templates that escape by default ({@link
 * org.w3id.spkg.server.http.HtmlTemplates}, the one place HTML is escaped, with the page frame),
 * RDF answers ({@link org.w3id.spkg.server.http.RdfResponses}), the mapping between public IRIs and
 * local URLs ({@link org.w3id.spkg.server.http.PublicBase}, with the prefix table {@link
 * org.w3id.spkg.vocab.Prefixes}) and what all parts say about the served dataset ({@link
 * org.w3id.spkg.server.http.ServedDataset}). It depends on no other part of the server.
 */
package org.w3id.spkg.server.http;
