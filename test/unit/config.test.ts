import { ConfigError, loadConfig } from '../../src/config/config';

describe('configuration', () => {
  it('has working defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ NEO4J_USER: 'neo4j', NEO4J_DATABASE: 'neo4j', PORT: 4000 });
    expect(config.NEO4J_URI).toBeUndefined();
    expect(config.API_KEYS.size).toBe(0);
  });

  it('names every bad variable', () => {
    const attempt = () => loadConfig({ NEO4J_URI: 'http://x', PORT: '99999', API_KEYS: 'short:editor' });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/NEO4J_URI/);
    expect(attempt).toThrow(/PORT/);
    expect(attempt).toThrow(/API_KEYS/);
  });

  it('parses API keys with roles', () => {
    const keys = loadConfig({ API_KEYS: 'abcdefgh1:editor, zyxwvuts2:admin' }).API_KEYS;
    expect([...keys]).toEqual([['abcdefgh1', 'editor'], ['zyxwvuts2', 'admin']]);
  });
});
