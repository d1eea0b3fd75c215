/**
 * The query packs over HTTP at {@code /api/}: the packs API ({@link
 * org.w3id.spkg.server.api.PacksApi}), its OpenAPI description ({@link
 * org.w3id.spkg.server.api.OpenApiResource}), a Swagger UI page over it, and its JSON answers and
 * errors. It depends only on {@link org.w3id.spkg.server.http}.
 */
package org.w3id.spkg.server.api;
