/** Where the tests' Neo4j is: NEO4J_URI when set (a disposable database!), else our local "test" instance. */
export const TEST_INSTANCE = {
  instance: process.env.NEO4J_TEST_INSTANCE ?? 'test',
  boltPort: Number(process.env.NEO4J_TEST_BOLT_PORT ?? 7688),
  httpPort: Number(process.env.NEO4J_TEST_HTTP_PORT ?? 7475),
  password: 'classgraph-test',
};

export function testEnv(): NodeJS.ProcessEnv {
  if (process.env.NEO4J_URI) return { ...process.env, LOG_LEVEL: 'silent' };
  return {
    ...process.env,
    NEO4J_BOLT_PORT: String(TEST_INSTANCE.boltPort),
    NEO4J_PASSWORD: TEST_INSTANCE.password,
    NEO4J_USER: 'neo4j',
    LOG_LEVEL: 'silent',
  };
}
