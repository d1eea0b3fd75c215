/**
 * Writing to a store that is not this process's ({@code spkg ingest --to}): {@link
 * org.w3id.spkg.load.remote.GraphStoreClient} PUTs graphs through the SPARQL 1.1 Graph Store HTTP
 * Protocol with retries ({@link org.w3id.spkg.load.remote.RetryPolicy}) and says what a refusal
 * means ({@link org.w3id.spkg.load.remote.GraphStoreRefusal}); {@link
 * org.w3id.spkg.load.remote.RemoteStore} names the store and {@link
 * org.w3id.spkg.load.remote.StoreCredentials} its user.
 */
package org.w3id.spkg.load.remote;
