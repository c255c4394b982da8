/**
 * neo4j-driver 5.x leaves Nagle's algorithm on for its Bolt sockets (it only sets keep-alive). A statement whose
 * message spans more than one TCP segment then waits for the server's delayed ACK before its last segment goes
 * out: about 40 ms per statement, measured here as 40 ms of client time against 2 ms of server time for the
 * graph writer's statements (scripts/profile-writer.ts). The Python driver sets TCP_NODELAY for the same reason
 * (neo4j/neo4j-python-driver#1122); the JavaScript driver has no option for it, so we set it on every socket
 * the driver opens through net.connect / tls.connect. Node's own HTTP client already sets it, so other sockets
 * are unaffected in practice.
 */
import net from 'node:net';
import tls from 'node:tls';

let installed = false;

export function disableNagleOnDriverSockets(): void {
  if (installed) return;
  installed = true;
  const netConnect = net.connect;
  const tlsConnect = tls.connect;
  (net as { connect: typeof net.connect }).connect = function (this: unknown, ...args: Parameters<typeof net.connect>) {
    return netConnect.apply(this, args).setNoDelay(true);
  } as typeof net.connect;
  (tls as { connect: typeof tls.connect }).connect = function (this: unknown, ...args: Parameters<typeof tls.connect>) {
    const socket = tlsConnect.apply(this, args);
    socket.setNoDelay(true);
    return socket;
  } as typeof tls.connect;
}
