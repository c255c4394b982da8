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
    expect([...keys]).toEqual([
      ['abcdefgh1', { role: 'editor', jurisdictions: null }],
      ['zyxwvuts2', { role: 'admin', jurisdictions: null }],
    ]);
  });

  it('parses keys scoped to jurisdictions, and refuses a malformed scope without echoing the key', () => {
    const keys = loadConfig({ API_KEYS: 'ohio-key-1:editor:state-of-ohio|city-x,any-key-22:admin' }).API_KEYS;
    expect(keys.get('ohio-key-1')).toEqual({ role: 'editor', jurisdictions: ['state-of-ohio', 'city-x'] });
    expect(keys.get('any-key-22')).toEqual({ role: 'admin', jurisdictions: null });
    const attempt = () => loadConfig({ API_KEYS: 'secretkey99:editor:State Of Ohio' });
    expect(attempt).toThrow(/API_KEYS/);
    expect(attempt).not.toThrow(/secretkey99/);
  });

  it('names the local instance and its ports for `npm start` (finding 7)', () => {
    const config = loadConfig({ NEO4J_INSTANCE: 'staging', NEO4J_HTTP_PORT: '7575', NEO4J_BOLT_PORT: '7788' });
    expect(config).toMatchObject({ NEO4J_INSTANCE: 'staging', NEO4J_HTTP_PORT: 7575, NEO4J_BOLT_PORT: 7788 });
    expect(loadConfig({})).toMatchObject({ NEO4J_INSTANCE: 'main', NEO4J_HTTP_PORT: 7474 });
    expect(() => loadConfig({ NEO4J_INSTANCE: '../etc' })).toThrow(/NEO4J_INSTANCE/);
  });
});
