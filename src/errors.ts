// The few typed errors: misuse and infrastructure failures, each naming the cause and the fix.

export class KgError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** The CLI or API was called wrongly. */
export class UsageError extends KgError {
  constructor(message: string) { super('usage', message); }
}

/** Neo4j cannot be reached or started. */
export class StoreUnavailableError extends KgError {
  constructor(message: string) { super('store-unavailable', message); }
}

/** The embedded Neo4j needs a JDK and Maven, which are not on this machine. */
export class MissingToolchainError extends KgError {
  constructor(tool: string) {
    super('missing-toolchain',
      `${tool} not found: the embedded Neo4j needs JDK 17+ and Maven 3.8+. Install them, or run Neo4j with ` +
      '`docker compose up -d neo4j`, or point NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD at any Neo4j 5 server.');
  }
}

/** A Cypher query was refused before it reached the database. */
export class QueryRefusedError extends KgError {
  constructor(message: string) { super('query-refused', message); }
}

/** A post or person asked for by name is not in the graph; the message suggests near names. */
export class NotFoundError extends KgError {
  constructor(message: string) { super('not-found', message); }
}
