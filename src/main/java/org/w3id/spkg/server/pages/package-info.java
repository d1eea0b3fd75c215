/**
 * The HTML pages: the home page ({@link org.w3id.spkg.server.pages.HomePage}), the entity and
 * document pages served at entity IRIs ({@link org.w3id.spkg.server.pages.EntityResource}, {@link
 * org.w3id.spkg.server.pages.EntityPage}) and the query editor ({@link
 * org.w3id.spkg.server.pages.EditorPage}), with their helpers. Their templates are the classpath
 * folders next to this package. It depends only on {@link org.w3id.spkg.server.http}.
 */
package org.w3id.spkg.server.pages;
