/**
 * The one place a neo4j-driver Driver is made. Integers come back as JS numbers (our counts and ranks are far
 * below 2^53), and retries are short so a request fails fast with DATABASE_UNAVAILABLE instead of hanging.
 */
import neo4j, { Driver } from 'neo4j-driver';
import type { Config } from '../config/config';
import { disableNagleOnDriverSockets } from './tcp-no-delay';

export type { Driver };

export function createDriver(config: Pick<Config, 'NEO4J_URI' | 'NEO4J_USER' | 'NEO4J_PASSWORD' | 'NEO4J_BOLT_PORT' | 'NEO4J_RETRY_MS' | 'NEO4J_CONNECT_TIMEOUT_MS'> & Partial<Pick<Config, 'NEO4J_ACQUISITION_TIMEOUT_MS' | 'NEO4J_MAX_POOL_SIZE'>>): Driver {
  disableNagleOnDriverSockets();
  const uri = config.NEO4J_URI ?? `bolt://127.0.0.1:${config.NEO4J_BOLT_PORT}`;
  return neo4j.driver(uri, neo4j.auth.basic(config.NEO4J_USER, config.NEO4J_PASSWORD), {
    disableLosslessIntegers: true,
    maxTransactionRetryTime: config.NEO4J_RETRY_MS,
    connectionTimeout: config.NEO4J_CONNECT_TIMEOUT_MS,
    // A request waits this long for a free connection, then fails with DATABASE_UNAVAILABLE (neo4j-error-map).
    connectionAcquisitionTimeout: config.NEO4J_ACQUISITION_TIMEOUT_MS ?? 5000,
    maxConnectionPoolSize: config.NEO4J_MAX_POOL_SIZE ?? 50,
    userAgent: 'classification-graph/0.1',
  });
}
